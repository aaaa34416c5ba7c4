package dev.taiwa.service.persistence.audit;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditHash;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.CaseId;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link AuditLog} in {@code audit_event}, chained through {@code audit_chain_head}. An append
 * joins the caller's transaction, so a case change and its audit event are written together or not
 * at all.
 */
@Singleton
public class JdbcAuditLog implements AuditLog {
  /** How many events {@link #forEach} reads at a time. */
  static final int BATCH_SIZE = 500;

  private final AuditEventRepository events;
  private final AuditChainHeadRepository head;

  public JdbcAuditLog(AuditEventRepository events, AuditChainHeadRepository head) {
    this.events = events;
    this.head = head;
  }

  @Override
  @Transactional
  public AuditEvent append(AuditEntry entry) {
    head.advance();
    AuditChainHeadRow current =
        head.current().orElseThrow(() -> new IllegalStateException("audit chain head missing"));
    String previousHash = current.lastHash();
    long sequence = current.lastSequence();
    AuditEvent event =
        new AuditEvent(sequence, entry, previousHash, AuditHash.of(sequence, entry, previousHash));
    events.save(AuditEventMapper.toRow(event));
    head.recordHash(event.hash());
    return event;
  }

  @Override
  @ReadOnly
  public List<AuditEvent> trail(CaseId caseId) {
    return events.findByCaseOldestFirst(caseId.toString()).stream()
        .map(AuditEventMapper::toDomain)
        .toList();
  }

  /** Reads {@value #BATCH_SIZE} events at a time, each batch in its own short read. */
  @Override
  public void forEach(Consumer<AuditEvent> sink) {
    long after = 0;
    while (true) {
      List<AuditEventRow> batch = events.findBatchAfter(after, BATCH_SIZE);
      for (AuditEventRow row : batch) {
        sink.accept(AuditEventMapper.toDomain(row));
      }
      if (batch.size() < BATCH_SIZE) {
        return;
      }
      after = batch.get(batch.size() - 1).sequence();
    }
  }
}
