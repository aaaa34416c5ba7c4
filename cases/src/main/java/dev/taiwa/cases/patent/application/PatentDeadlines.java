package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The Track B deadlines on the ledger, by subject: first screening (officials, from filing), the
 * review-decision target (officials, from filing, opened when sent to review), the prior-notice
 * reply and materials replies (the company), each designation period (officials, ending on the
 * decided period end, so the sweep reminds before expiry) and the examination request after lifting
 * (the company).
 */
final class PatentDeadlines {
  static final String SCREENING = "screening";
  static final String REVIEW_DECISION = "review-decision";
  static final String PRIOR_NOTICE = "prior-notice";
  static final String EXAMINATION_REQUEST = "examination-request";

  private PatentDeadlines() {}

  static String designation(int number) {
    return "designation:" + number;
  }

  static String materials(UUID request) {
    return "materials:" + request;
  }

  static PeriodStart filing(LocalDate filingDate) {
    return PeriodStart.during(filingDate, new Bilingual("filing", "出願"));
  }

  /** Filing + the configured screening months, Civil Code counting (Art. 66). */
  static Deadline firstScreening(DeadlineLedger ledger, LocalDate filingDate, int months) {
    return ledger
        .rules()
        .withAmount(DeadlineRules.FIRST_SCREENING, months)
        .deadline(DeadlineRules.FIRST_SCREENING, filing(filingDate), List.of(), ledger.calendar());
  }

  static void openScreening(DeadlineLedger ledger, CaseId id, LocalDate filingDate, int months) {
    ledger.open(
        id,
        CaseKind.PATENT_APPLICATION,
        SCREENING,
        DeadlineRules.FIRST_SCREENING,
        months,
        filing(filingDate),
        Obligor.OFFICIALS);
  }

  /**
   * Screening ended (decided, or the applicant asked for review): met; a sent one is due a
   * decision.
   */
  static void screeningDecided(
      DeadlineLedger ledger, PatentApplication current, PatentState next, Instant now) {
    LocalDate today = JapanTime.dateOf(now);
    ledger.meet(current.id(), SCREENING, today);
    if (next == PatentState.SENT_TO_REVIEW) {
      ledger.open(
          current.id(),
          CaseKind.PATENT_APPLICATION,
          REVIEW_DECISION,
          DeadlineRules.REVIEW_DECISION_TARGET,
          filing(current.filingDate()),
          Obligor.OFFICIALS);
    }
  }

  /** The latest day a designation (or an extension) decided on {@code start} may end. */
  static LocalDate latestPeriodEnd(DeadlineLedger ledger, LocalDate start) {
    return ledger
        .rules()
        .deadline(
            DeadlineRules.DESIGNATION_MAX_PERIOD,
            PeriodStart.during(start, new Bilingual("designation", "保全指定")),
            List.of(),
            ledger.calendar())
        .due();
  }

  /** Opens the officials' deadline {@code designation:<n>} ending on {@code periodEnd}. */
  static void openDesignation(
      DeadlineLedger ledger, CaseId id, int number, LocalDate decidedOn, LocalDate periodEnd) {
    ledger.open(
        id,
        CaseKind.PATENT_APPLICATION,
        designation(number),
        DeadlineRules.DESIGNATION_PERIOD_END,
        ChronoUnit.DAYS.between(decidedOn, periodEnd),
        PeriodStart.during(
            decidedOn,
            new Bilingual(
                number == 1 ? "designation" : "extension of the designation",
                number == 1 ? "保全指定" : "保全指定の延長")),
        Obligor.OFFICIALS);
  }

  /** The lifting notice on {@code date}, from which the examination request is counted. */
  static PeriodStart liftingNotice(LocalDate date) {
    return PeriodStart.during(date, new Bilingual("lifting notice", "保全指定解除の通知"));
  }

  /** The end of a designation period on {@code periodEnd} (expiry), counted from the next day. */
  static PeriodStart expiry(LocalDate periodEnd) {
    return PeriodStart.during(
        periodEnd, new Bilingual("expiry of the designation period", "保全指定の期間満了"));
  }

  /**
   * Opens the company's examination-request deadline once the designation has ended (lifted, or
   * expired: our reading extends Art. 82 to expiry): the later of filing + {@code
   * patent.examinationRequestYears} and {@code end} + {@code patent.examinationAfterLiftingMonths}
   * (Patent Act Art. 48-3 and ESPA Art. 82). Answers its due date.
   */
  static LocalDate openExaminationRequest(
      DeadlineLedger ledger, PatentApplication application, PeriodStart end) {
    PeriodStart fromFiling = filing(application.filingDate());
    Deadline byFiling =
        ledger
            .rules()
            .deadline(DeadlineRules.EXAMINATION_REQUEST, fromFiling, List.of(), ledger.calendar());
    Deadline byNotice =
        ledger
            .rules()
            .deadline(DeadlineRules.EXAMINATION_AFTER_LIFTING, end, List.of(), ledger.calendar());
    boolean noticeLater = byNotice.due().isAfter(byFiling.due());
    return ledger
        .open(
            application.id(),
            CaseKind.PATENT_APPLICATION,
            EXAMINATION_REQUEST,
            noticeLater
                ? DeadlineRules.EXAMINATION_AFTER_LIFTING
                : DeadlineRules.EXAMINATION_REQUEST,
            noticeLater ? end : fromFiling,
            Obligor.COMPANY)
        .due();
  }
}
