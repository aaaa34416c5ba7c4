package dev.taiwa.service.persistence.audit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The single row of {@code audit_chain_head}: the last sequence handed out and its hash. */
@MappedEntity("audit_chain_head")
public record AuditChainHeadRow(@Id int id, long lastSequence, String lastHash) {}
