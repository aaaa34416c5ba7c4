package dev.taiwa.cases.audit;

/**
 * Thrown by an {@link AuditLog} while streaming when a stored event cannot be turned back into an
 * {@link AuditEvent} (a field holds a value Taiwa never writes): verification reports it as the
 * place the chain breaks.
 */
public final class UnreadableAuditEventException extends RuntimeException {
  private final long sequence;
  private final AuditEventId eventId;

  /** {@code eventId} is null when the id itself cannot be read. */
  public UnreadableAuditEventException(long sequence, AuditEventId eventId, Throwable cause) {
    super(
        "stored event " + sequence + " cannot be read: a field holds a value Taiwa never writes",
        cause);
    this.sequence = sequence;
    this.eventId = eventId;
  }

  public AuditEventId eventId() {
    return eventId;
  }

  public long sequence() {
    return sequence;
  }
}
