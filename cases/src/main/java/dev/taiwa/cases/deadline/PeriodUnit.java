package dev.taiwa.cases.deadline;

/** The unit a period is counted in, with its English and Japanese words. */
public enum PeriodUnit {
  DAYS("day", "days", "日"),
  MONTHS("month", "months", "か月"),
  YEARS("year", "years", "年"),
  /** Working days of the {@link AdministrativeCalendar} (行政機関の開庁日). */
  WORKING_DAYS("working day", "working days", "開庁日");

  private final String singular;
  private final String plural;
  private final String japanese;

  PeriodUnit(String singular, String plural, String japanese) {
    this.singular = singular;
    this.plural = plural;
    this.japanese = japanese;
  }

  /** "1 day", "3 months". */
  public String describe(long amount) {
    return amount + " " + (amount == 1 ? singular : plural);
  }

  /** 「14日」「3か月」「10開庁日」. */
  public String describeJa(long amount) {
    return amount + japanese;
  }
}
