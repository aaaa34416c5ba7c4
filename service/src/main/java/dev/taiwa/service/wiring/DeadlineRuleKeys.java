package dev.taiwa.service.wiring;

import dev.taiwa.cases.deadline.DeadlineRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The configuration key of every deadline rule's amount, by rule name. Two rules share the key of
 * the older setting they are the same figure as (the pre-report lead days, the screening months).
 * README's "Named rules" table lists each key with its default.
 */
final class DeadlineRuleKeys {
  static final String DEADLINES = "taiwa.rules.deadlines.";
  static final String DUE_SOON_WORKING_DAYS = DEADLINES + "due-soon-working-days";
  static final String EXTRA_CLOSURES = "taiwa.rules.calendar.extra-closures";
  static final String DECLARED_OPEN = "taiwa.rules.calendar.declared-open";

  /**
   * Rules whose amount each deadline sets for itself and no setting changes: a designation's period
   * runs to the end the reviewer decides (at most {@code designation.maxPeriodMonths}).
   */
  static final Set<String> SET_PER_DEADLINE = Set.of(DeadlineRules.DESIGNATION_PERIOD_END);

  private DeadlineRuleKeys() {}

  /** Rule name to configuration key, in the catalogue's order. */
  static Map<String, String> byRule() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(DeadlineRules.PRE_REPORT_LEAD, "taiwa.rules.prereport-recommended-lead-days");
    keys.put(DeadlineRules.COMPANY_REPLY, DEADLINES + "dialogue-company-reply-days");
    keys.put(DeadlineRules.LICENCE_APPLICATION, DEADLINES + "inform-licence-application-days");
    keys.put(DeadlineRules.REVIEW_STAGE_TARGET, DEADLINES + "review-stage-target-working-days");
    keys.put(DeadlineRules.DIALOGUE_STAGE_TARGET, DEADLINES + "dialogue-stage-target-working-days");
    keys.put(DeadlineRules.FIRST_SCREENING, "taiwa.rules.patent.screening-months");
    keys.put(DeadlineRules.PRIOR_NOTICE_REPLY, DEADLINES + "patent-prior-notice-reply-days");
    keys.put(
        DeadlineRules.REVIEW_DECISION_TARGET, DEADLINES + "patent-review-decision-target-months");
    keys.put(DeadlineRules.DESIGNATION_MAX_PERIOD, DEADLINES + "designation-max-period-months");
    keys.put(DeadlineRules.EXAMINATION_REQUEST, DEADLINES + "patent-examination-request-years");
    keys.put(
        DeadlineRules.EXAMINATION_AFTER_LIFTING,
        DEADLINES + "patent-examination-after-lifting-months");
    return keys;
  }
}
