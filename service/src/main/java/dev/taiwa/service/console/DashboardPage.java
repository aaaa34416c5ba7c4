package dev.taiwa.service.console;

import java.util.List;

/**
 * The statistics dashboard: the filters as typed (with their errors), then each track's charts, a
 * track outside the caller's scope left out.
 */
public record DashboardPage(
    SignedIn signedIn,
    Filters filters,
    String summary,
    List<DashboardChart> preReportCharts,
    List<DashboardChart> patentCharts,
    List<DashboardChart> deadlineCharts,
    String csvQuery) {

  /** The filter fields as typed and the error next to each (empty when none). */
  public record Filters(
      String filedFrom,
      String filedTo,
      String technology,
      String filedFromError,
      String filedToError,
      String technologyError) {

    public boolean hasErrors() {
      return !filedFromError.isEmpty() || !filedToError.isEmpty() || !technologyError.isEmpty();
    }
  }

  /** Every chart shown, in page order. */
  public List<DashboardChart> charts() {
    return java.util.stream.Stream.of(preReportCharts, patentCharts, deadlineCharts)
        .flatMap(List::stream)
        .toList();
  }
}
