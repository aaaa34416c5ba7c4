package dev.taiwa.service.console;

import java.util.List;

/**
 * A dialogue officer's queue: the tabs of the five queues, the technology asked for (with its
 * error), the search words, how the rows are sorted, the rows with their next due date, the link to
 * the next page, and the form that saves the search and sort as a named view (with the name typed
 * and its error when refused).
 */
public record QueuePage(
    SignedIn signedIn,
    List<Tab> tabs,
    String queueName,
    String queueParameter,
    boolean byTechnology,
    String technology,
    String technologyError,
    String search,
    String sort,
    String order,
    String after,
    List<Row> rows,
    String nextLink,
    String firstLink,
    String saveName,
    String saveError) {

  /** The same page with the save-view form refused: the name typed and why. */
  public QueuePage withSaveError(String name, String error) {
    return new QueuePage(
        signedIn,
        tabs,
        queueName,
        queueParameter,
        byTechnology,
        technology,
        technologyError,
        search,
        sort,
        order,
        after,
        rows,
        nextLink,
        firstLink,
        name,
        error);
  }

  /** A queue's tab: its label, link and whether it is the one shown. */
  public record Tab(String label, String link, boolean current) {}

  /** One case of the queue. */
  public record Row(
      String link,
      String reference,
      String state,
      String technologies,
      String counterparty,
      String received,
      String plannedDate,
      String nextDue,
      String nextDueStatus,
      boolean overdue) {}

  /** Cases per page. */
  public static final int PAGE_SIZE = 50;

  /** The sort keys offered, in the order shown. */
  public static final List<String> SORTS = List.of("received", "due", "reference", "planned");
}
