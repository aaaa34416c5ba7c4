package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An application whose applicant did not answer the prior notice (ESPA Art. 67: the documents are
 * due within the period of rule {@code patent.priorNoticeReplyDays}) may be dismissed (却下), but not
 * before that period has ended: until its last day the applicant may still answer. The article that
 * allows the dismissal is unconfirmed; the reference names the period's article and says so.
 */
public final class DismissalAfterReplyPeriod {
  public static final String LEGAL_REFERENCE = "経済安全保障推進法第67条（却下の根拠条文は未確認）";

  private DismissalAfterReplyPeriod() {}

  /**
   * The refusal of a dismissal on {@code today} while the prior notice's reply is still open and
   * due on {@code replyDue}; none when no reply is open ({@code null}) or its last day has passed.
   */
  public static Optional<Rejection> refusal(LocalDate replyDue, LocalDate today) {
    if (replyDue != null && !today.isAfter(replyDue)) {
      return Optional.of(
          Rejection.of(
              ErrorCode.REPLY_PERIOD_NOT_ENDED,
              "応答期間（" + replyDue + "まで）が経過していないため却下できません（" + LEGAL_REFERENCE + "）"));
    }
    return Optional.empty();
  }
}
