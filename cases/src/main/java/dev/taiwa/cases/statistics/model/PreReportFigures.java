package dev.taiwa.cases.statistics.model;

import java.util.List;

/**
 * The figures of the filed pre-reports (Track A). A report listing several technologies counts once
 * under each of them in {@code byTechnology}; {@code byLeadTime} counts the lead-time verdicts
 * (ON_TIME, SHORT_NOTICE, LATE).
 */
public record PreReportFigures(
    long filed,
    List<CountBy> byTechnology,
    List<CountBy> byDestinationCountry,
    List<CountBy> byTransactionType,
    List<CountBy> byState,
    List<CountBy> byMonthFiled,
    List<CountBy> byLeadTime,
    List<TimeToClose> timeToClose) {
  public PreReportFigures {
    byTechnology = List.copyOf(byTechnology);
    byDestinationCountry = List.copyOf(byDestinationCountry);
    byTransactionType = List.copyOf(byTransactionType);
    byState = List.copyOf(byState);
    byMonthFiled = List.copyOf(byMonthFiled);
    byLeadTime = List.copyOf(byLeadTime);
    timeToClose = List.copyOf(timeToClose);
  }

  /** The share (0 to 1) of the reports with a lead-time verdict that have {@code status}. */
  public double leadTimeShare(CountBy status) {
    long judged = byLeadTime.stream().mapToLong(CountBy::count).sum();
    return judged == 0 ? 0 : (double) status.count() / judged;
  }
}
