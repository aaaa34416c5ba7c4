package dev.taiwa.service.persistence.audit;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditEventId;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;

/** Maps {@link AuditEvent} to and from {@link AuditEventRow}. */
final class AuditEventMapper {
  private AuditEventMapper() {}

  static AuditEventRow toRow(AuditEvent event) {
    AuditEntry entry = event.entry();
    return new AuditEventRow(
        event.sequence(),
        event.id().toString(),
        entry.occurredAt().toEpochMilli(),
        text(entry.actorId()),
        entry.actorName(),
        text(entry.actorOrganisation()),
        text(entry.caseId()),
        entry.action(),
        entry.outcome().name(),
        entry.summary(),
        event.previousHash(),
        event.hash());
  }

  static AuditEvent toDomain(AuditEventRow row) {
    AuditEntry entry =
        new AuditEntry(
            Instant.ofEpochMilli(row.occurredAt()),
            row.actorId() == null ? null : UserId.parse(row.actorId()),
            row.actorName(),
            row.actorOrganisation() == null ? null : OrganisationId.parse(row.actorOrganisation()),
            row.caseId() == null ? null : CaseId.parse(row.caseId()),
            row.action(),
            AuditOutcome.valueOf(row.outcome()),
            row.summary());
    return new AuditEvent(
        AuditEventId.parse(row.eventId()), row.sequence(), entry, row.previousHash(), row.hash());
  }

  private static String text(Object id) {
    return id == null ? null : id.toString();
  }
}
