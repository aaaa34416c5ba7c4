package dev.taiwa.cases.audit;

/**
 * What the log records, apart from the events, about its last event: its sequence ({@code 0} for an
 * empty log) and hash. Verification compares it with the events, so that events removed from the
 * end do not go unnoticed.
 */
public record AuditChainHead(long lastSequence, String lastHash) {
  /** The head of a log with no events. */
  public static final AuditChainHead EMPTY = new AuditChainHead(0, AuditHash.GENESIS);
}
