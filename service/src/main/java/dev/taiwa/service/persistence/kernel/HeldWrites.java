package dev.taiwa.service.persistence.kernel;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Writes that stores hold back within a transaction to run them together (one JDBC batch for many
 * rows, or one row where a transaction wrote it twice): each store registers how to write the
 * current transaction's held rows, and the data source runs them all before any other statement of
 * the connection ({@link #beforeStatement}, from StatementCount's hook) — so whatever that
 * statement reads, or refers to by foreign key, is stored — and each store writes the rest just
 * before the transaction commits ({@link PerTransaction}). A rolled-back transaction never writes
 * them.
 */
@Singleton
public final class HeldWrites {
  private final List<Runnable> writers = new CopyOnWriteArrayList<>();
  private final ThreadLocal<boolean[]> writing = ThreadLocal.withInitial(() -> new boolean[1]);

  /** Adds a store's writer of the current transaction's held rows (doing nothing without any). */
  public void register(Runnable writeCurrent) {
    writers.add(writeCurrent);
  }

  /**
   * Writes every store's held rows of the current transaction before a statement runs; the held
   * rows' own statements pass straight through.
   */
  public void beforeStatement() {
    boolean[] busy = writing.get();
    if (busy[0]) {
      return;
    }
    busy[0] = true;
    try {
      for (Runnable writer : writers) {
        writer.run();
      }
    } finally {
      busy[0] = false;
    }
  }
}
