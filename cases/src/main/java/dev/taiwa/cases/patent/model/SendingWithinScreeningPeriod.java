package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.Optional;

/**
 * ESPA Art. 66 (経済安全保障推進法第66条): the patent office sends an application to the Cabinet Office for
 * security review within 3 months of filing (rule {@code patent.firstScreeningMonths}). Once that
 * period has passed, or once the applicant has been given the notice of non-sending, the office can
 * no longer send it: the applicant may already have filed abroad (the foreign-filing gate opened)
 * on the strength of it.
 */
public final class SendingWithinScreeningPeriod {
  public static final String LEGAL_REFERENCE = "経済安全保障推進法第66条";

  private SendingWithinScreeningPeriod() {}

  /**
   * The refusal of sending to review on {@code today} an application whose screening period ends on
   * {@code screeningDue}; {@code noticeOfNonSendingIssued} when the applicant was told it is not
   * sent.
   */
  public static Optional<Rejection> refusal(
      LocalDate screeningDue, boolean noticeOfNonSendingIssued, LocalDate today) {
    if (noticeOfNonSendingIssued) {
      return Optional.of(
          Rejection.of(
              ErrorCode.SCREENING_PERIOD_ENDED,
              "不送付通知を発出した特許出願は保全審査に送付できません（" + LEGAL_REFERENCE + "）"));
    }
    if (screeningDue != null && today.isAfter(screeningDue)) {
      return Optional.of(
          Rejection.of(
              ErrorCode.SCREENING_PERIOD_ENDED,
              "第一次審査の期間（" + screeningDue + "まで）を過ぎたため保全審査に送付できません（" + LEGAL_REFERENCE + "）"));
    }
    return Optional.empty();
  }
}
