package dev.taiwa.service.importing;

import dev.taiwa.cases.kernel.StoreBusyException;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Runs one transaction of a long tool run, and runs it again when the store was busy (another
 * process, e.g. the running service, held the write lock for longer than the busy timeout): a busy
 * transaction wrote nothing, so the same work can simply be tried again after the wait the store
 * asks for. Gives up after {@code attempts} tries with the last {@link StoreBusyException}. The
 * work must not change anything outside the transaction before it commits.
 */
public final class BusyRetry {
  /** How many times a transaction is tried before the tool gives up. */
  public static final int ATTEMPTS = 5;

  private final UnitOfWork unitOfWork;
  private final PrintWriter err;
  private final int attempts;

  public BusyRetry(UnitOfWork unitOfWork, PrintWriter err) {
    this(unitOfWork, err, ATTEMPTS);
  }

  public BusyRetry(UnitOfWork unitOfWork, PrintWriter err, int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    this.unitOfWork = unitOfWork;
    this.err = err;
    this.attempts = attempts;
  }

  /**
   * {@code work} in one transaction, tried up to {@code attempts} times while the store is busy.
   */
  public <T> T inTransaction(String what, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return unitOfWork.inTransaction(work);
      } catch (StoreBusyException busy) {
        if (attempt >= attempts) {
          throw busy;
        }
        err.printf(
            "database busy (another process holds the write lock): nothing of %s was written;"
                + " trying again in %d s (%d of %d)%n",
            what, busy.retryAfterSeconds(), attempt + 1, attempts);
        err.flush();
        pause(busy);
      }
    }
  }

  private static void pause(StoreBusyException busy) {
    try {
      Thread.sleep(busy.retryAfter().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy;
    }
  }
}
