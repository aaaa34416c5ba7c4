package dev.taiwa.cases.prereport.model;

/**
 * How early a report came before its planned date, judged by the rule {@code
 * prereport.recommendedLeadDays}. {@code explanation} states the arithmetic in one sentence, {@code
 * explanationJa} the same in Japanese; a report filed before the Japanese sentence was kept has
 * none ({@code null}).
 */
public record LeadTime(
    LeadTimeStatus status, long daysBeforePlannedDate, String explanation, String explanationJa) {

  /** The verdict of the lead-time rule. */
  public enum LeadTimeStatus {
    /** Filed at least the recommended number of days before the planned date. */
    ON_TIME("推奨日数以上前の報告"),
    /** Filed before the planned date but fewer days ahead than recommended. */
    SHORT_NOTICE("推奨日数より直前の報告"),
    /** Filed on or after the planned date. */
    LATE("予定日以後の報告");

    private final String nameJa;

    LeadTimeStatus(String nameJa) {
      this.nameJa = nameJa;
    }

    /** The verdict in Japanese, as the explanation names it. */
    public String nameJa() {
      return nameJa;
    }
  }
}
