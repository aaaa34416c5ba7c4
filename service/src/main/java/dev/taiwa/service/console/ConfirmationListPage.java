package dev.taiwa.service.console;

import java.util.List;

/**
 * The prior-confirmation requests (事前確認) the caller may see, newest first: a company's own, or
 * every request for the offices. The list reads no content (the title is secret and each read of it
 * is audited), so a row shows when, by whom, where the request stands and the answer. They come
 * {@value #PAGE_SIZE} at a time.
 *
 * @param nextLink the next page (the API's {@code endCursor} as {@code after}); empty on the last
 * @param firstLink the first page; empty on the first page
 */
public record ConfirmationListPage(
    SignedIn signedIn, boolean mayRequest, List<Row> rows, String nextLink, String firstLink) {

  /** One request. */
  public record Row(
      String link, String requestedAt, String organisation, String state, String answer) {}

  /** Requests listed. */
  public static final int PAGE_SIZE = 100;
}
