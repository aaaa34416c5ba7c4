package dev.taiwa.cases.audit;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of a stored audit event, given at append. A handle to cite an event by; the chain's
 * proof is the sequence and the hash, which do not cover this id.
 */
public record AuditEventId(UUID value) {
  public AuditEventId {
    Objects.requireNonNull(value, "audit event id");
  }

  /**
   * A new id: a time-ordered UUID (version 7), so that appended events append to the index on their
   * id too.
   */
  public static AuditEventId random() {
    return new AuditEventId(UuidCreator.getTimeOrderedEpoch());
  }

  /** Parses a textual id; throws {@link IllegalArgumentException} when it is not a UUID. */
  public static AuditEventId parse(String text) {
    return new AuditEventId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
