package dev.taiwa.cases.audit;

import java.util.Objects;

/**
 * An entry as stored in the append-only chain: its id, its position {@code sequence} (1, 2, ...),
 * the hash of the event before it ({@link AuditHash#GENESIS} for the first) and its own hash.
 */
public record AuditEvent(
    AuditEventId id, long sequence, AuditEntry entry, String previousHash, String hash) {
  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(previousHash, "previous hash");
    Objects.requireNonNull(hash, "hash");
  }

  /** The event at {@code sequence} after {@code previousHash}, with a new id and its hash. */
  public static AuditEvent chained(long sequence, AuditEntry entry, String previousHash) {
    return new AuditEvent(
        AuditEventId.random(),
        sequence,
        entry,
        previousHash,
        AuditHash.of(sequence, entry, previousHash));
  }
}
