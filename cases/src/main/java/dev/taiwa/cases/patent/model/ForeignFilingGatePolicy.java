package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.JapanTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The foreign-filing gate of one application (ESPA Art. 78), a pure function of the application,
 * its review records and today. Our reading, state by state:
 *
 * <ul>
 *   <li>an invention not completed in Japan is not subject; nor is an application outside
 *       screening;
 *   <li>under screening: blocked until the screening period ({@code patent.firstScreeningMonths}
 *       from filing) has passed without sending, then allowed; not sent: allowed from the decision;
 *   <li>sent to or under security review (prior notice and maintenance included): blocked until the
 *       decision; when {@code decisionTargetEndsBan} (unconfirmed wording of the guidance), allowed
 *       once {@code patent.reviewDecisionTargetMonths} from filing have passed without designation;
 *   <li>not designated: allowed from the notice; designated: blocked from the designation; lifted:
 *       allowed from the lifting notice; expired: allowed from the day after the period end;
 *   <li>withdrawn or dismissed: allowed from that day — the application is no longer pending, so no
 *       ban attaches to it (our reading, unconfirmed; a withdrawal while designated is impossible).
 * </ul>
 */
public final class ForeignFilingGatePolicy {
  private final DeadlineRules rules;
  private final AdministrativeCalendar calendar;
  private final boolean decisionTargetEndsBan;

  public ForeignFilingGatePolicy(
      DeadlineRules rules, AdministrativeCalendar calendar, boolean decisionTargetEndsBan) {
    this.rules = rules;
    this.calendar = calendar;
    this.decisionTargetEndsBan = decisionTargetEndsBan;
  }

  public ForeignFilingGate gateOf(
      PatentApplication application, List<ReviewRecord> records, LocalDate today) {
    LocalDate filed = application.filingDate();
    LocalDate changed = JapanTime.dateOf(application.updatedAt());
    if (!application.inventionCompletedInJapan()) {
      return ForeignFilingGate.allowed("NOT_COMPLETED_IN_JAPAN", "日本国内で完成した発明ではないため対象外", filed);
    }
    Optional<DesignationTerm> term = DesignationTerm.of(records);
    return switch (application.state()) {
      case OUTSIDE_SCREENING -> ForeignFilingGate.allowed("OUTSIDE_SCREENING", "審査対象外の出願", filed);
      case UNDER_SCREENING -> {
        LocalDate end = periodEnd(DeadlineRules.FIRST_SCREENING, filed);
        yield today.isAfter(end)
            ? ForeignFilingGate.allowed(
                "SCREENING_PERIOD_PASSED", "出願から3月以内に保全審査に送付されなかった", end.plusDays(1))
            : ForeignFilingGate.blocked("UNDER_SCREENING", "第一次審査中（出願から3月以内）", filed);
      }
      case NOT_SENT -> ForeignFilingGate.allowed("NOT_SENT", "保全審査に付さない旨の判断", changed);
      case SENT_TO_REVIEW, UNDER_SECURITY_REVIEW, PRIOR_NOTICE_ISSUED, APPLICATION_MAINTAINED -> {
        LocalDate target = periodEnd(DeadlineRules.REVIEW_DECISION_TARGET, filed);
        yield decisionTargetEndsBan && today.isAfter(target)
            ? ForeignFilingGate.allowed(
                "DECISION_TARGET_PASSED", "出願から10月以内に保全指定がされなかった", target.plusDays(1))
            : ForeignFilingGate.blocked("UNDER_SECURITY_REVIEW", "保全審査中（決定まで）", filed);
      }
      case NOT_DESIGNATED -> ForeignFilingGate.allowed("NOT_DESIGNATED", "保全指定をしない旨の通知", changed);
      case DESIGNATED ->
          ForeignFilingGate.blocked(
              "DESIGNATED",
              "保全指定中（外国出願禁止）",
              term.map(DesignationTerm::designatedOn).orElse(changed));
      case LIFTED ->
          ForeignFilingGate.allowed(
              "LIFTED",
              "保全指定の解除",
              term.flatMap(DesignationTerm::liftingNoticeDate).orElse(changed));
      case EXPIRED ->
          ForeignFilingGate.allowed(
              "EXPIRED", "保全指定の期間満了", term.map(t -> t.periodEnd().plusDays(1)).orElse(changed));
      case WITHDRAWN -> ForeignFilingGate.allowed("WITHDRAWN", "出願の取下げ（係属していない）", changed);
      case DISMISSED -> ForeignFilingGate.allowed("DISMISSED", "出願の却下（係属していない）", changed);
    };
  }

  private LocalDate periodEnd(String rule, LocalDate filed) {
    return rules
        .deadline(
            rule, PeriodStart.during(filed, new Bilingual("filing", "出願")), List.of(), calendar)
        .periodEnd();
  }
}
