package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import java.time.Instant;

/** The GraphQL {@code AuditEvent} type: one chained event, flattened. */
public record AuditEventView(
    String id,
    long sequence,
    Instant occurredAt,
    String actorId,
    String actorName,
    String actorOrganisationId,
    String caseId,
    String action,
    AuditOutcome outcome,
    String summary,
    String previousHash,
    String hash) {

  public static AuditEventView of(AuditEvent event) {
    AuditEntry entry = event.entry();
    return new AuditEventView(
        event.id().toString(),
        event.sequence(),
        entry.occurredAt(),
        text(entry.actorId()),
        entry.actorName(),
        text(entry.actorOrganisation()),
        text(entry.caseId()),
        entry.action(),
        entry.outcome(),
        entry.summary(),
        event.previousHash(),
        event.hash());
  }

  private static String text(Object id) {
    return id == null ? null : id.toString();
  }
}
