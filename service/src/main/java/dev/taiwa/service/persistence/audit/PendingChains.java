package dev.taiwa.service.persistence.audit;

import dev.taiwa.service.persistence.kernel.PerTransaction;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audit chain as one transaction sees it once it has appended: the head it locked with its
 * first append (one {@code UPDATE} and one read), the events appended since, and writes of both
 * when the transaction commits — every pending event in one JDBC batch and the head in one {@code
 * UPDATE} — instead of four statements per event. The events are written in the same transaction as
 * the changes they record, before it commits, so a change and its events are still stored together
 * or not at all; a rolled-back transaction forgets its pending chain. Reads of the audit log in the
 * same transaction {@link #flush} first.
 */
@Singleton
class PendingChains {
  static final String INSERT =
      "INSERT INTO audit_event (sequence, event_id, occurred_at, actor_id, actor_name,"
          + " actor_organisation, case_id, action, outcome, summary, previous_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final SqlStatements sql;
  private final PerTransaction<Pending> pending;

  PendingChains(TransactionOperations<Connection> transactions, SqlStatements sql) {
    this.sql = sql;
    this.pending =
        new PerTransaction<>(
            transactions,
            chain -> {
              write(chain);
              chain.committing = true;
            });
  }

  /** The current transaction's chain, locking the head on its first append. */
  Pending current(Supplier<AuditChainHeadRow> lockHead) {
    return pending
        .current(
            () -> {
              AuditChainHeadRow head = lockHead.get();
              return new Pending(head.lastSequence(), head.lastHash());
            })
        .orElseThrow(() -> new IllegalStateException("an append needs a transaction"));
  }

  /** The current transaction's chain if it appended before, else null. */
  Pending existing() {
    return pending.existing().orElse(null);
  }

  /** Writes what the current transaction appended so far, so that its reads see it. */
  void flush() {
    pending.existing().ifPresent(this::write);
  }

  /**
   * Writes {@code pending}'s events and head; an append after the transaction began to commit (from
   * another synchronisation) is written at once.
   */
  void write(Pending pending) {
    if (pending.events.isEmpty()) {
      return;
    }
    List<List<Object>> rows = new ArrayList<>();
    for (AuditEventRow row : pending.events) {
      rows.add(insertValues(row));
    }
    sql.batch(INSERT, rows);
    sql.update(
        "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1",
        pending.lastSequence,
        pending.lastHash);
    pending.events.clear();
  }

  /** The values of {@link #INSERT} for {@code row}, in its columns' order. */
  static List<Object> insertValues(AuditEventRow row) {
    return java.util.Arrays.asList(
        row.sequence(),
        row.eventId(),
        row.occurredAt(),
        row.actorId(),
        row.actorName(),
        row.actorOrganisation(),
        row.caseId(),
        row.action(),
        row.outcome(),
        row.summary(),
        row.previousHash(),
        row.hash());
  }

  /** The chain head of one transaction and its events not yet written. */
  static final class Pending {
    private long lastSequence;
    private String lastHash;
    private boolean committing;
    private final List<AuditEventRow> events = new ArrayList<>();

    /** After the head was locked and advanced to {@code advanced}: that number is handed first. */
    private Pending(long advanced, String lastHash) {
      this.lastSequence = advanced - 1;
      this.lastHash = lastHash;
    }

    long nextSequence() {
      return lastSequence + 1;
    }

    String lastHash() {
      return lastHash;
    }

    void add(AuditEventRow row) {
      events.add(row);
      lastSequence = row.sequence();
      lastHash = row.hash();
    }

    boolean committing() {
      return committing;
    }

    long lastSequence() {
      return lastSequence;
    }
  }
}
