package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import java.time.Instant;

/** The GraphQL {@code AuditEvent} type: one chained event, flattened. */
public record AuditEventView(
    long sequence,
    Instant occurredAt,
    String actorName,
    String action,
    AuditOutcome outcome,
    String summary,
    String previousHash,
    String hash) {

  public static AuditEventView of(AuditEvent event) {
    return new AuditEventView(
        event.sequence(),
        event.entry().occurredAt(),
        event.entry().actorName(),
        event.entry().action(),
        event.entry().outcome(),
        event.entry().summary(),
        event.previousHash(),
        event.hash());
  }
}
