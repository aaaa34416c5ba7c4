package dev.taiwa.cases.patent.compensation.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;

/**
 * What happened to a compensation claim; each is one audit entry on the patent application (the
 * claim's id is in the summary). Notes' text never enters the audit log.
 */
public sealed interface CompensationEvent extends DomainEvent {

  /** An applicant's filer claimed compensation. */
  record Claimed(CaseId caseId, CaseId claimId, long amountYen, LossCause cause, Instant occurredAt)
      implements CompensationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.COMPENSATION_CLAIMED;
    }

    @Override
    public String summary() {
      return "Compensation claim " + claimId + " for " + amountYen + " yen (" + cause + ")";
    }
  }

  /** A security reviewer added an assessment note. */
  record AssessmentNoted(CaseId caseId, CaseId claimId, Instant occurredAt)
      implements CompensationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.COMPENSATION_ASSESSMENT_NOTED;
    }

    @Override
    public String summary() {
      return "Assessment note added to compensation claim " + claimId;
    }
  }

  /** A security reviewer decided the claim. */
  record Decided(CaseId caseId, CaseId claimId, long amountYen, Instant occurredAt)
      implements CompensationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.COMPENSATION_DECIDED;
    }

    @Override
    public String summary() {
      return "Compensation claim " + claimId + " decided: " + amountYen + " yen";
    }
  }
}
