package dev.taiwa.service.console;

import java.util.List;

/**
 * The caller's patent applications, in the sections its roles have: an examiner's screening queue
 * (earliest screening due date first) and every application; a reviewer's review queue (earliest
 * next due date first); a company's own applications with the foreign-filing gate. The lists of
 * applications (every one, the review states', a company's own) come {@value #PAGE_SIZE} at a time,
 * newest registered first, each with a link to its next page.
 */
public record PatentListPage(SignedIn signedIn, List<Section> sections) {

  /**
   * One list of the page.
   *
   * @param nextLink this list's next page (the API's {@code endCursor} as {@code after}); empty on
   *     its last page
   * @param firstLink this list's first page; empty on the first page
   */
  public record Section(
      String id,
      String title,
      boolean showsGate,
      List<Row> rows,
      String nextLink,
      String firstLink) {}

  /**
   * One application: what a withheld one shows is its number and state only (the API's skeleton).
   */
  public record Row(
      String link,
      String number,
      String state,
      String filingDate,
      String nextDue,
      String nextDueWhat,
      boolean overdue,
      String gate,
      boolean gateAllowed) {}

  /** Applications per section. */
  public static final int PAGE_SIZE = 100;
}
