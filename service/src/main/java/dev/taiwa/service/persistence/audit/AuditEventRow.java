package dev.taiwa.service.persistence.audit;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code audit_event}; {@code occurredAt} is epoch milliseconds. {@code eventId} is the
 * event's UUID (column {@code event_id}, given since V4 and filled in for older rows).
 */
@MappedEntity(value = "audit_event", namingStrategy = ColumnNames.class)
public record AuditEventRow(
    @Id long sequence,
    String eventId,
    long occurredAt,
    @Nullable String actorId,
    @Nullable String actorName,
    @Nullable String actorOrganisation,
    @Nullable String caseId,
    String action,
    String outcome,
    String summary,
    String previousHash,
    String hash) {}
