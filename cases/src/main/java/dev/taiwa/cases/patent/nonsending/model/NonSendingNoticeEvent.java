package dev.taiwa.cases.patent.nonsending.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** What happened to a request for a notice of non-sending; each is one audit entry. */
public sealed interface NonSendingNoticeEvent extends DomainEvent {

  /** An applicant's filer asked for the notice (不送付通知の申出). */
  record Requested(CaseId caseId, Instant occurredAt) implements NonSendingNoticeEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_NON_SENDING_NOTICE_REQUESTED;
    }

    @Override
    public String summary() {
      return "The applicant asked for a notice of non-sending";
    }
  }

  /** The notice was issued: with a NOT_SENT decision, or after the screening months passed. */
  record Issued(CaseId caseId, LocalDate issuedOn, boolean withDecision, Instant occurredAt)
      implements NonSendingNoticeEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_NON_SENDING_NOTICE_ISSUED;
    }

    @Override
    public String summary() {
      return "Notice of non-sending issued on "
          + issuedOn
          + (withDecision ? " with the NOT_SENT decision" : " after the screening period passed");
    }
  }
}
