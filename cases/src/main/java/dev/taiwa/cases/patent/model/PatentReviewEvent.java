package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;

/**
 * What happened in security review, designation and its obligations; each is one audit entry. The
 * summary never carries secret content (no text of a request, reason or condition).
 */
public record PatentReviewEvent(CaseId caseId, AuditAction type, String summary, Instant occurredAt)
    implements DomainEvent {}
