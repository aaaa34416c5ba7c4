package dev.taiwa.cases.patent.nonsending.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The applicant's request for a notice of non-sending (不送付通知の申出) and its answer: the notice, issued
 * when the examiner decides NOT_SENT or, on the examiner's mutation, once the screening months have
 * passed without sending. {@code issuedOn} and {@code issuedBy} are null until issued.
 */
public record NonSendingNotice(
    CaseId caseId, Instant requestedAt, UserId requestedBy, LocalDate issuedOn, UserId issuedBy) {
  public NonSendingNotice {
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(requestedBy, "requested by");
    requestedAt = requestedAt.truncatedTo(ChronoUnit.MILLIS);
    if ((issuedOn == null) != (issuedBy == null)) {
      throw new IllegalArgumentException("a notice is issued on a day by someone, or not at all");
    }
  }

  public static NonSendingNotice requested(CaseId caseId, UserId by, Instant at) {
    return new NonSendingNotice(caseId, at, by, null, null);
  }

  public boolean issued() {
    return issuedOn != null;
  }

  public NonSendingNotice issue(LocalDate on, UserId by) {
    return new NonSendingNotice(caseId, requestedAt, requestedBy, on, by);
  }
}
