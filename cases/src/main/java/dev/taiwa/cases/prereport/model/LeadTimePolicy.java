package dev.taiwa.cases.prereport.model;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.prereport.model.LeadTime.LeadTimeStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The rule {@code prereport.recommendedLeadDays}: a report should arrive at least that many
 * calendar days before the planned contract, agreement or internal decision (METI operational
 * guidance 原則30日, a guide rather than a legal standstill). Filed on or after the planned date, the
 * report is late.
 */
public final class LeadTimePolicy {
  public static final String RULE = "prereport.recommendedLeadDays";

  private final int recommendedLeadDays;

  public LeadTimePolicy(PreReportRules rules) {
    this.recommendedLeadDays = rules.recommendedLeadDays();
  }

  /** Judges a report filed on {@code filingDate} (a date in Japan) for the planned date. */
  public LeadTime assess(LocalDate filingDate, LocalDate plannedDate, PlannedDateKind kind) {
    Objects.requireNonNull(filingDate, "filing date");
    Objects.requireNonNull(plannedDate, "planned date");
    long days = ChronoUnit.DAYS.between(filingDate, plannedDate);
    LeadTimeStatus status =
        days >= recommendedLeadDays
            ? LeadTimeStatus.ON_TIME
            : days > 0 ? LeadTimeStatus.SHORT_NOTICE : LeadTimeStatus.LATE;
    return new LeadTime(
        status,
        days,
        explain(filingDate, plannedDate, kind, days, status),
        explainJa(filingDate, plannedDate, kind, days, status));
  }

  private String explain(
      LocalDate filed, LocalDate planned, PlannedDateKind kind, long days, LeadTimeStatus status) {
    String target = "the planned " + describe(kind) + " " + planned;
    String timing =
        days > 0
            ? dayCount(days) + " before " + target
            : days == 0 ? "on " + target : dayCount(-days) + " after " + target;
    return "Filed "
        + filed
        + ", "
        + timing
        + "; rule "
        + RULE
        + " recommends at least "
        + dayCount(recommendedLeadDays)
        + " (METI guidance 原則30日), so the report is "
        + status
        + ".";
  }

  private String explainJa(
      LocalDate filed, LocalDate planned, PlannedDateKind kind, long days, LeadTimeStatus status) {
    String target =
        "予定の" + (kind == null ? "日" : kind.nameJa()) + "（" + JapanTime.written(planned) + "）";
    String timing =
        days > 0
            ? target + "の" + days + "日前"
            : days == 0 ? target + "の当日" : target + "の" + -days + "日後";
    return JapanTime.written(filed)
        + "の提出で、"
        + timing
        + "です。規則 "
        + RULE
        + " は"
        + recommendedLeadDays
        + "日以上前の報告を推奨しているため（経済産業省の運用 原則30日）、「"
        + status.nameJa()
        + "」です。";
  }

  private static String describe(PlannedDateKind kind) {
    if (kind == null) {
      return "date";
    }
    return switch (kind) {
      case CONTRACT -> "contract date";
      case AGREEMENT -> "agreement date";
      case INTERNAL_DECISION -> "internal decision date (社内意思決定)";
    };
  }

  private static String dayCount(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
