package dev.taiwa.service.console;

import java.util.List;

/** One saved view opened: its name, what it keeps, its cases within the opener's scope, paging. */
public record OpenedViewPage(
    SignedIn signedIn,
    String name,
    String summary,
    String csvLink,
    List<Row> rows,
    String nextLink,
    String firstLink) {

  /** One case of the view. */
  public record Row(
      String link,
      String reference,
      String state,
      String technologies,
      String counterparty,
      String received,
      String plannedDate) {}

  /** Cases per page. */
  public static final int PAGE_SIZE = 50;
}
