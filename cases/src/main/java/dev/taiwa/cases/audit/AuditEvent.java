package dev.taiwa.cases.audit;

import java.util.Objects;

/**
 * An entry as stored in the append-only chain: its position {@code sequence} (1, 2, ...), the hash
 * of the event before it ({@link AuditHash#GENESIS} for the first) and its own hash.
 */
public record AuditEvent(long sequence, AuditEntry entry, String previousHash, String hash) {
  public AuditEvent {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(previousHash, "previous hash");
    Objects.requireNonNull(hash, "hash");
  }
}
