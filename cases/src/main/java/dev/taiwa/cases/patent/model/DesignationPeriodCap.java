package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.List;

/**
 * ESPA Art. 70 (経済安全保障推進法第70条): a designation, and each extension of it, runs for at most one year.
 * The end of a new period must lie in the future, after the period it starts from ({@code from}:
 * the designation day, or the current period end for an extension), and no later than {@code
 * latest}, one year after {@code from} by the rule {@code designation.maxPeriodMonths}. An
 * extension that would not end after the current period end is no extension: it is told so ({@link
 * #forExtension}), not that its date should lie in the future.
 */
public final class DesignationPeriodCap {
  public static final String LEGAL_REFERENCE = "経済安全保障推進法第70条";

  private DesignationPeriodCap() {}

  /**
   * What is wrong with {@code periodEnd} for an extension of a period now ending on {@code
   * currentEnd}; empty when the designation may be extended to it.
   */
  public static List<Rejection> forExtension(
      LocalDate currentEnd, LocalDate periodEnd, LocalDate today, LocalDate latest) {
    if (periodEnd != null && !periodEnd.isAfter(currentEnd)) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "periodEnd",
              "延長後の指定期間の末日は、現在の末日（" + currentEnd + "）より後の日付としてください"));
    }
    return problems(currentEnd, periodEnd, today, latest);
  }

  /** What is wrong with {@code periodEnd}; empty when it may be designated. */
  public static List<Rejection> problems(
      LocalDate from, LocalDate periodEnd, LocalDate today, LocalDate latest) {
    if (periodEnd == null) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, "periodEnd", "指定期間の末日は必須です"));
    }
    if (!periodEnd.isAfter(today) || !periodEnd.isAfter(from)) {
      return List.of(
          Rejection.onField(ErrorCode.INVALID_VALUE, "periodEnd", "指定期間の末日は将来の日付としてください"));
    }
    if (periodEnd.isAfter(latest)) {
      return List.of(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "periodEnd",
              "指定期間は1年を超えることができません（" + latest + "まで、" + LEGAL_REFERENCE + "）"));
    }
    return List.of();
  }
}
