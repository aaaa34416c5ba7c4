package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;
import java.util.List;

/** What happened to a patent application; each is one audit entry. */
public sealed interface PatentEvent extends DomainEvent {

  /** An examiner registered the application (screened or outside screening). */
  record Registered(CaseId caseId, String number, PatentState state, Instant occurredAt)
      implements PatentEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_APPLICATION_REGISTERED;
    }

    @Override
    public String summary() {
      return "Registered application " + number + " as " + state;
    }
  }

  /** First screening decided: sent to review or not sent. */
  record ScreeningDecided(
      CaseId caseId, PatentState outcome, List<Integer> matchedFields, Instant occurredAt)
      implements PatentEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_SCREENING_DECIDED;
    }

    @Override
    public String summary() {
      return "Screening decided " + outcome + ", matched fields " + matchedFields;
    }
  }

  /** The applicant asked for security review (保全審査の申出). */
  record SecurityReviewRequested(CaseId caseId, Instant occurredAt) implements PatentEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_SECURITY_REVIEW_REQUESTED;
    }

    @Override
    public String summary() {
      return "The applicant asked for security review";
    }
  }
}
