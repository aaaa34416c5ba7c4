package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.PeriodUnit.DAYS;
import static dev.taiwa.cases.deadline.PeriodUnit.MONTHS;
import static dev.taiwa.cases.deadline.PeriodUnit.WORKING_DAYS;
import static dev.taiwa.cases.deadline.PeriodUnit.YEARS;

import dev.taiwa.cases.kernel.Bilingual;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The catalogue of deadline rules by name, with their defaults; each amount is configurable by name
 * ({@link #withAmount}), and {@code dueSoonWorkingDays} says how many working days before its due
 * date a deadline shows as DUE_SOON.
 */
public final class DeadlineRules {
  public static final String PRE_REPORT_LEAD = "prereport.recommendedLeadDays";
  public static final String COMPANY_REPLY = "dialogue.companyReplyDays";
  public static final String LICENCE_APPLICATION = "inform.licenceApplicationDays";
  public static final String REVIEW_STAGE_TARGET = "officials.stageTargetWorkingDays.review";
  public static final String DIALOGUE_STAGE_TARGET = "officials.stageTargetWorkingDays.dialogue";
  public static final String FIRST_SCREENING = "patent.firstScreeningMonths";
  public static final String PRIOR_NOTICE_REPLY = "patent.priorNoticeReplyDays";
  public static final String REVIEW_DECISION_TARGET = "patent.reviewDecisionTargetMonths";
  public static final String DESIGNATION_MAX_PERIOD = "designation.maxPeriodMonths";
  public static final String EXAMINATION_REQUEST = "patent.examinationRequestYears";
  public static final String EXAMINATION_AFTER_LIFTING = "patent.examinationAfterLiftingMonths";
  public static final String DESIGNATION_PERIOD_END = "designation.periodEndDays";
  public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 5;

  private static final String ESPA = "Economic Security Promotion Act";
  private static final String ESPA_JA = "経済安全保障推進法";

  private final Map<String, DeadlineRule> byName;
  private final int dueSoonWorkingDays;

  private DeadlineRules(Map<String, DeadlineRule> byName, int dueSoonWorkingDays) {
    if (dueSoonWorkingDays < 0) {
      throw new IllegalArgumentException("due-soon working days must not be negative");
    }
    this.byName = byName;
    this.dueSoonWorkingDays = dueSoonWorkingDays;
  }

  public static DeadlineRules defaults() {
    Map<String, DeadlineRule> rules = new LinkedHashMap<>();
    for (DeadlineRule rule : defaultRules()) {
      rules.put(rule.name(), rule);
    }
    return new DeadlineRules(rules, DEFAULT_DUE_SOON_WORKING_DAYS);
  }

  private static List<DeadlineRule> defaultRules() {
    return List.of(
        new DeadlineRule(
            PRE_REPORT_LEAD,
            ref(
                "METI operational guidance 原則30日 (a guide, not a legal standstill)",
                "経済産業省運用 原則30日前"),
            30,
            DAYS,
            false,
            PeriodDirection.BEFORE),
        new DeadlineRule(
            COMPANY_REPLY,
            ref(
                "set per query by officials; 14 days is an operational default",
                "照会ごとに担当官が設定、14日は運用上の既定値"),
            14,
            DAYS,
            true),
        new DeadlineRule(
            LICENCE_APPLICATION,
            ref("operational default, statutory period unconfirmed", "運用上の既定値（法定期間は未確認）"),
            30,
            DAYS,
            true),
        new DeadlineRule(
            REVIEW_STAGE_TARGET, ref("internal target", "内部目標"), 10, WORKING_DAYS, false),
        new DeadlineRule(
            DIALOGUE_STAGE_TARGET, ref("internal target", "内部目標"), 60, WORKING_DAYS, false),
        new DeadlineRule(
            FIRST_SCREENING, ref(ESPA + " Art. 66", ESPA_JA + "第66条"), 3, MONTHS, false),
        new DeadlineRule(
            PRIOR_NOTICE_REPLY, ref(ESPA + " Art. 67", ESPA_JA + "第67条"), 14, DAYS, true),
        new DeadlineRule(
            REVIEW_DECISION_TARGET, ref("guidance, unconfirmed", "運用上の目安（未確認）"), 10, MONTHS, false),
        new DeadlineRule(
            DESIGNATION_MAX_PERIOD, ref(ESPA + " Art. 70", ESPA_JA + "第70条"), 12, MONTHS, false),
        new DeadlineRule(
            EXAMINATION_REQUEST, ref("Patent Act Art. 48-3", "特許法第48条の3"), 3, YEARS, true),
        new DeadlineRule(
            EXAMINATION_AFTER_LIFTING, ref(ESPA + " Art. 82", ESPA_JA + "第82条"), 3, MONTHS, true),
        new DeadlineRule(
            DESIGNATION_PERIOD_END,
            ref(
                ESPA + " Art. 70: the period end the reviewer decided, in days from the decision",
                ESPA_JA + "第70条（指定期間の末日、決定日からの日数）"),
            365,
            DAYS,
            false));
  }

  private static Bilingual ref(String en, String ja) {
    return new Bilingual(en, ja);
  }

  /** The rule named {@code name}. */
  public DeadlineRule rule(String name) {
    DeadlineRule rule = byName.get(name);
    if (rule == null) {
      throw new NoSuchElementException("no deadline rule named " + name);
    }
    return rule;
  }

  public List<DeadlineRule> all() {
    return List.copyOf(byName.values());
  }

  public int dueSoonWorkingDays() {
    return dueSoonWorkingDays;
  }

  /**
   * The deadline of the rule named {@code name}, DUE_SOON this catalogue's number of working days
   * ahead.
   */
  public Deadline deadline(
      String name, PeriodStart start, List<Pause> pauses, AdministrativeCalendar calendar) {
    return Deadline.compute(rule(name), start, pauses, calendar, dueSoonWorkingDays);
  }

  /** These rules with {@code name}'s amount configured to {@code amount}. */
  public DeadlineRules withAmount(String name, long amount) {
    Map<String, DeadlineRule> changed = new LinkedHashMap<>(byName);
    changed.put(name, rule(name).withAmount(amount));
    return new DeadlineRules(changed, dueSoonWorkingDays);
  }

  /** These rules with DUE_SOON starting {@code workingDays} working days before a due date. */
  public DeadlineRules withDueSoonWorkingDays(int workingDays) {
    return new DeadlineRules(byName, workingDays);
  }
}
