package dev.taiwa.cases.view;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saving, listing, opening and deleting saved views, each within {@link SavedViewPolicy}. */
public class SavedViewUseCases {
  private final SavedViews views;
  private final Clock clock;
  private final SavedViewPolicy policy = new SavedViewPolicy();

  public SavedViewUseCases(SavedViews views, Clock clock) {
    this.views = views;
    this.clock = clock;
  }

  /** The caller's own views and those shared within its organisation, by name. */
  public List<SavedView> visible(Actor actor) {
    return views.ownedOrSharedWith(actor.userId(), actor.organisationId()).stream()
        .filter(view -> policy.canSee(actor, view))
        .toList();
  }

  /** The view, or empty when it does not exist or the caller may not see it. */
  public Optional<SavedView> find(Actor actor, UUID id) {
    return views.find(id).filter(view -> policy.canSee(actor, view));
  }

  /** Saves a new view owned by the caller; REQUIRED or INVALID_VALUE on {@code name}. */
  public Result<SavedView> save(
      Actor actor, String name, PreReportFilter filter, PreReportOrder order, boolean shared) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      return refused(Rejection.onField(ErrorCode.REQUIRED, "name", "a view needs a name"));
    }
    if (trimmed.codePointCount(0, trimmed.length()) > SavedView.MAX_NAME_LENGTH) {
      return refused(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "name",
              "a view's name has at most " + SavedView.MAX_NAME_LENGTH + " characters"));
    }
    SavedView view =
        new SavedView(
            UUID.randomUUID(),
            actor.userId(),
            actor.organisationId(),
            trimmed,
            filter,
            order,
            shared,
            clock.instant());
    views.insert(view);
    return Result.ok(view);
  }

  /** Deletes the caller's own view; NOT_FOUND for a view it cannot see, FORBIDDEN for another's. */
  public Result<SavedView> delete(Actor actor, UUID id) {
    Optional<SavedView> view = find(actor, id);
    if (view.isEmpty()) {
      return refused(Rejection.of(ErrorCode.NOT_FOUND, "no such view"));
    }
    if (!policy.canDelete(actor, view.get())) {
      return refused(Rejection.of(ErrorCode.FORBIDDEN, "only its owner deletes a view"));
    }
    views.delete(id);
    return Result.ok(view.get());
  }

  private static Result<SavedView> refused(Rejection rejection) {
    return Result.refused(Optional.empty(), List.of(rejection));
  }
}
