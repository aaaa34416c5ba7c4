package dev.taiwa.cases.prereport.model;

/**
 * How early a report came before its planned date, judged by the rule {@code
 * prereport.recommendedLeadDays}. {@code explanation} states the arithmetic in one sentence.
 */
public record LeadTime(LeadTimeStatus status, long daysBeforePlannedDate, String explanation) {

  /** The verdict of the lead-time rule. */
  public enum LeadTimeStatus {
    /** Filed at least the recommended number of days before the planned date. */
    ON_TIME,
    /** Filed before the planned date but fewer days ahead than recommended. */
    SHORT_NOTICE,
    /** Filed on or after the planned date. */
    LATE
  }
}
