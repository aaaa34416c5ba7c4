package dev.taiwa.cases.access.application;

import dev.taiwa.cases.access.AccessGrantEvent;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The audit entries of the grant commands: one per accepted change, one per refusal. */
final class GrantAuditEntries {
  private GrantAuditEntries() {}

  /** The ACCEPTED entry recording {@code event} on the grant's case. */
  static AuditEntry accepted(Actor actor, AccessGrantEvent event) {
    return new AuditEntry(
        event.occurredAt(),
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        event.caseId(),
        event.type(),
        AuditOutcome.ACCEPTED,
        event.summary());
  }

  /** The REJECTED entry of a refused {@code action}, naming each code and field at fault. */
  static AuditEntry rejected(
      Actor actor, CaseId caseId, String action, List<Rejection> rejections, Instant at) {
    String summary =
        "Refused: "
            + rejections.stream()
                .map(r -> r.field() == null ? r.code().name() : r.code() + " " + r.field())
                .collect(Collectors.joining(", "));
    return new AuditEntry(
        at,
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        caseId,
        action,
        AuditOutcome.REJECTED,
        summary);
  }
}
