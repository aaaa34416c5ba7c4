package dev.taiwa.cases.command;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;

/**
 * A change that is no event of a case's own (reference data, accounts): what the audit log records
 * of it. {@code caseId} is null when it concerns no case.
 */
public record Recorded(CaseId caseId, AuditAction type, String summary, Instant occurredAt)
    implements DomainEvent {}
