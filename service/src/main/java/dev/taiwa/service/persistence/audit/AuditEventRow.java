package dev.taiwa.service.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code audit_event}; {@code occurredAt} is epoch milliseconds. */
@MappedEntity("audit_event")
public record AuditEventRow(
    @Id long sequence,
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
