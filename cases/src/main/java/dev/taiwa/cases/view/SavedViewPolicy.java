package dev.taiwa.cases.view;

import dev.taiwa.cases.kernel.Actor;

/**
 * Who sees and removes a saved view: its owner always; a colleague of the same organisation when it
 * is shared; nobody else (an official's view never reaches a company, nor one company's another's).
 * Only the owner deletes it.
 */
public final class SavedViewPolicy {
  public boolean canSee(Actor actor, SavedView view) {
    return isOwner(actor, view) || (view.shared() && actor.belongsTo(view.organisationId()));
  }

  public boolean canDelete(Actor actor, SavedView view) {
    return isOwner(actor, view);
  }

  private static boolean isOwner(Actor actor, SavedView view) {
    return view.ownerId().equals(actor.userId()) && actor.belongsTo(view.organisationId());
  }
}
