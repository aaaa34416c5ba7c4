package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads that may show secret content, run without holding the write lock. The read runs in a
 * read-only transaction and hands every audit entry it causes (SECRET_CONTENT_READ) to the recorder
 * it is given; those entries are then appended to the chain in one short write transaction, and
 * only once they are stored does the read's result reach the caller. When storing them fails (the
 * store busy, the disk full), the caller gets that failure and never the content.
 *
 * <p>Readers therefore never queue for the write lock unless their read discloses secret content,
 * and then only for the few statements of the append. Called inside a transaction (a command's),
 * the read and the append join it and commit with it.
 */
public final class AuditedReads {
  private final UnitOfWork unitOfWork;
  private final AuditLog auditLog;

  public AuditedReads(UnitOfWork unitOfWork, AuditLog auditLog) {
    this.unitOfWork = unitOfWork;
    this.auditLog = auditLog;
  }

  /**
   * Runs {@code read} in a read-only transaction, then stores the entries it recorded, then returns
   * its result.
   */
  public <T> T read(Function<Consumer<AuditEntry>, T> read) {
    List<AuditEntry> entries = new ArrayList<>();
    T result = unitOfWork.readOnly(() -> read.apply(entries::add));
    if (!entries.isEmpty()) {
      unitOfWork.inTransaction(() -> auditLog.appendAll(entries));
    }
    return result;
  }
}
