package dev.taiwa.service.persistence.audit;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The single row of {@code audit_chain_head}: the last sequence handed out and its hash. */
@MappedEntity(value = "audit_chain_head", namingStrategy = ColumnNames.class)
public record AuditChainHeadRow(@Id int id, long lastSequence, String lastHash) {}
