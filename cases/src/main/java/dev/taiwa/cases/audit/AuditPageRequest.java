package dev.taiwa.cases.audit;

/**
 * Keyset paging over the audit log, newest first by sequence: {@code afterSequence} is the sequence
 * of the last event already seen, or {@code null} for the first page.
 */
public record AuditPageRequest(int first, Long afterSequence) {
  public static final int MAX_PAGE_SIZE = 100;

  public AuditPageRequest {
    if (first < 1 || first > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE_SIZE);
    }
  }

  public static AuditPageRequest firstPage(int first) {
    return new AuditPageRequest(first, null);
  }
}
