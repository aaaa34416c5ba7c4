package dev.taiwa.service.persistence.audit;

import dev.taiwa.cases.audit.AuditChainHead;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditEventId;
import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.audit.UnreadableAuditEventException;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link AuditLog} in {@code audit_event}, chained through {@code audit_chain_head}. An append
 * joins the caller's transaction, so a case change and its audit event are written together or not
 * at all: the transaction's first append locks the head, and its events are written in one batch
 * just before it commits ({@link PendingChains}); reads here see the transaction's own appends.
 */
@Singleton
public class JdbcAuditLog implements AuditLog {
  /** How many events {@link #forEach} reads at a time. */
  static final int BATCH_SIZE = 500;

  private final AuditEventRepository events;
  private final AuditChainHeadRepository head;
  private final SqlStatements statements;
  private final PendingChains pending;

  JdbcAuditLog(
      AuditEventRepository events,
      AuditChainHeadRepository head,
      SqlStatements statements,
      PendingChains pending) {
    this.events = events;
    this.head = head;
    this.statements = statements;
    this.pending = pending;
  }

  /**
   * A transaction that appended before (and is not committing yet) chains the event to its pending
   * chain in memory, without joining the transaction once more; its first append, and one that
   * fails, run in the transaction ({@link #appendStored}).
   */
  @Override
  public AuditEvent append(AuditEntry entry) {
    PendingChains.Pending chain = pending.existing();
    if (chain == null || chain.committing()) {
      return appendStored(entry);
    }
    AuditEvent event;
    AuditEventRow row;
    try {
      event = AuditEvent.chained(chain.nextSequence(), entry, chain.lastHash());
      row = AuditEventMapper.toRow(event);
    } catch (RuntimeException e) {
      return appendStored(entry);
    }
    chain.add(row);
    return event;
  }

  /** {@link #append} in the caller's transaction or one of its own. */
  @Transactional
  public AuditEvent appendStored(AuditEntry entry) {
    PendingChains.Pending chain =
        pending.current(
            () -> {
              head.advance();
              return currentHead();
            });
    AuditEvent event = AuditEvent.chained(chain.nextSequence(), entry, chain.lastHash());
    chain.add(AuditEventMapper.toRow(event));
    if (chain.committing()) {
      pending.write(chain);
    }
    return event;
  }

  /**
   * Advances the head by all of {@code entries} at once and inserts their events in one batch: the
   * same chain {@link #append} one by one would write, in a fixed number of statements.
   */
  @Override
  @Transactional
  public List<AuditEvent> appendAll(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    head.advanceBy(entries.size());
    AuditChainHeadRow current = currentHead();
    long sequence = current.lastSequence() - entries.size();
    String previousHash = current.lastHash();
    List<AuditEvent> appended = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      AuditEvent event = AuditEvent.chained(++sequence, entry, previousHash);
      appended.add(event);
      previousHash = event.hash();
    }
    events.saveAll(appended.stream().map(AuditEventMapper::toRow).toList());
    head.recordHash(previousHash);
    return appended;
  }

  @Override
  @ReadOnly
  public Map<CaseId, List<AuditEvent>> trails(Collection<CaseId> caseIds) {
    Map<CaseId, List<AuditEvent>> trails = new LinkedHashMap<>();
    caseIds.forEach(id -> trails.put(id, new ArrayList<>()));
    if (caseIds.isEmpty()) {
      return trails;
    }
    for (AuditEventRow row :
        events.findByCasesOldestFirst(caseIds.stream().map(CaseId::toString).toList())) {
      AuditEvent event = AuditEventMapper.toDomain(row);
      List<AuditEvent> trail = trails.get(event.entry().caseId());
      if (trail != null) {
        trail.add(event);
      }
    }
    return trails;
  }

  @Override
  @ReadOnly
  public List<AuditEvent> trail(CaseId caseId) {
    pending.flush();
    return events.findByCaseOldestFirst(caseId.toString()).stream()
        .map(AuditEventMapper::toDomain)
        .toList();
  }

  @Override
  @ReadOnly
  public Page<AuditEvent> search(AuditFilter filter, AuditPageRequest page) {
    pending.flush();
    AuditSearchSql sql = AuditSearchSql.of(filter);
    List<AuditEventRow> rows = statements.select(sql.page(page), AuditEventRow.class);
    boolean hasNext = rows.size() > page.first();
    List<AuditEventRow> shown = hasNext ? rows.subList(0, page.first()) : rows;
    List<AuditEvent> events = shown.stream().map(AuditEventMapper::toDomain).toList();
    return page.withTotal()
        ? new Page<>(events, hasNext, statements.count(sql.count()))
        : Page.uncounted(events, hasNext);
  }

  /** Reads {@value #BATCH_SIZE} events at a time, each batch in its own short read. */
  @Override
  public void forEach(Consumer<AuditEvent> sink) {
    pending.flush();
    long after = 0;
    while (true) {
      List<AuditEventRow> batch = events.findBatchAfter(after, BATCH_SIZE);
      for (AuditEventRow row : batch) {
        sink.accept(readable(row));
      }
      if (batch.size() < BATCH_SIZE) {
        return;
      }
      after = batch.get(batch.size() - 1).sequence();
    }
  }

  @Override
  @ReadOnly
  public AuditChainHead head() {
    pending.flush();
    AuditChainHeadRow current = currentHead();
    return new AuditChainHead(current.lastSequence(), current.lastHash());
  }

  /** The row as an event, or an {@link UnreadableAuditEventException} naming its sequence. */
  private static AuditEvent readable(AuditEventRow row) {
    try {
      return AuditEventMapper.toDomain(row);
    } catch (RuntimeException e) {
      throw new UnreadableAuditEventException(row.sequence(), idOf(row), e);
    }
  }

  private static AuditEventId idOf(AuditEventRow row) {
    try {
      return AuditEventId.parse(row.eventId());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private AuditChainHeadRow currentHead() {
    return head.current().orElseThrow(() -> new IllegalStateException("audit chain head missing"));
  }
}
