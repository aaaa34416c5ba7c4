package dev.taiwa.cases.audit;

/**
 * Keyset paging over the audit log, newest first by sequence: {@code afterSequence} is the sequence
 * of the last event already seen, or {@code null} for the first page; {@code withTotal} asks for
 * the number of all matching events too, which costs a count over the whole log.
 */
public record AuditPageRequest(int first, Long afterSequence, boolean withTotal) {
  public static final int MAX_PAGE_SIZE = 100;

  public AuditPageRequest {
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE_SIZE);
    }
  }

  /** A page with its total counted. */
  public AuditPageRequest(int first, Long afterSequence) {
    this(first, afterSequence, true);
  }

  public static AuditPageRequest firstPage(int first) {
    return new AuditPageRequest(first, null);
  }

  /** The same page without the total. */
  public AuditPageRequest withoutTotal() {
    return new AuditPageRequest(first, afterSequence, false);
  }
}
