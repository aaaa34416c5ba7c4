package dev.taiwa.cases.patent.confirmation.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;
import java.util.List;

/** What happened to a prior-confirmation request; each is one audit entry (never its content). */
public sealed interface PriorConfirmationEvent extends DomainEvent {

  /** A company's filer asked whether the foreign-filing ban applies. */
  record Requested(CaseId caseId, List<Integer> claimedFields, Instant occurredAt)
      implements PriorConfirmationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRIOR_CONFIRMATION_REQUESTED;
    }

    @Override
    public String summary() {
      return "Prior confirmation requested, fields named " + claimedFields;
    }
  }

  /** The examiner consulted the Cabinet Office. */
  record SentForConsultation(CaseId caseId, Instant occurredAt) implements PriorConfirmationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRIOR_CONFIRMATION_SENT_FOR_CONSULTATION;
    }

    @Override
    public String summary() {
      return "Sent to the Cabinet Office for consultation";
    }
  }

  /** A security reviewer recorded the Cabinet Office's answer. */
  record ConsultationRecorded(CaseId caseId, Instant occurredAt) implements PriorConfirmationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRIOR_CONFIRMATION_CONSULTATION_RECORDED;
    }

    @Override
    public String summary() {
      return "The Cabinet Office's consultation answer was recorded";
    }
  }

  /** The examiner answered the request. */
  record Answered(CaseId caseId, BanAnswer answer, Instant occurredAt)
      implements PriorConfirmationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PRIOR_CONFIRMATION_ANSWERED;
    }

    @Override
    public String summary() {
      return "Prior confirmation answered " + answer;
    }
  }
}
