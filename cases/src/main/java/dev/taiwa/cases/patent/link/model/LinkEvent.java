package dev.taiwa.cases.patent.link.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;

/**
 * A link made or removed, recorded on each of the two cases ({@code caseId}) naming the other
 * ({@code otherCaseId}); never with content of either.
 */
public sealed interface LinkEvent extends DomainEvent {

  record Linked(CaseId caseId, CaseId otherCaseId, Instant occurredAt) implements LinkEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_PRE_REPORT_LINKED;
    }

    @Override
    public String summary() {
      return "Linked with case " + otherCaseId;
    }
  }

  record Unlinked(CaseId caseId, CaseId otherCaseId, Instant occurredAt) implements LinkEvent {
    @Override
    public AuditAction type() {
      return AuditAction.PATENT_PRE_REPORT_UNLINKED;
    }

    @Override
    public String summary() {
      return "Unlinked from case " + otherCaseId;
    }
  }
}
