package dev.taiwa.service.console;

import java.util.List;

/**
 * The saved views page: the caller's own views and those shared within its organisation, each with
 * what it keeps, its links (open, CSV) and, for its owner, a delete button; an error at the top
 * when a save posted from elsewhere was refused.
 */
public record ViewsPage(SignedIn signedIn, List<Item> views, String error) {

  /** One saved view. */
  public record Item(
      String name,
      boolean shared,
      boolean mine,
      String summary,
      String openLink,
      String csvLink,
      String deleteAction) {}
}
