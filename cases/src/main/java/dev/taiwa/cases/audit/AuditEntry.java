package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What is to be appended to the audit chain. {@code occurredAt} is kept to the millisecond, so it
 * survives every store unchanged and the hash stays verifiable. The actor fields are null only for
 * system events (no user); {@code caseId} is null for events about no case (e.g. a login).
 */
public record AuditEntry(
    Instant occurredAt,
    UserId actorId,
    String actorName,
    OrganisationId actorOrganisation,
    CaseId caseId,
    String action,
    AuditOutcome outcome,
    String summary) {
  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurred at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(summary, "summary");
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
  }
}
