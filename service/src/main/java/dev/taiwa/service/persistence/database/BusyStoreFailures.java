package dev.taiwa.service.persistence.database;

import dev.taiwa.cases.kernel.StoreBusyException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * Recognises a failure whose cause is the database's bounded lock wait running out, and turns it
 * into the domain's {@link StoreBusyException}: on SQLite {@code SQLITE_BUSY} / {@code
 * SQLITE_LOCKED} (after {@code taiwa.database.busy-timeout-millis}), on PostgreSQL {@code
 * lock_timeout} (55P03, set to the same value), a serialization failure (40001) or a deadlock
 * (40P01). In each case the database rolled the statement back and the transaction fails as a
 * whole, so nothing of it was written and the same work can be tried again.
 */
@Singleton
public final class BusyStoreFailures {
  private static final Set<String> BUSY_SQL_STATES = Set.of("55P03", "40001", "40P01");
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;

  private final Duration retryAfter;
  private final BusyWaits waits;

  @Inject
  public BusyStoreFailures(DatabaseSettings settings, BusyWaits waits) {
    this(settings.busyRetryAfter(), waits);
  }

  public BusyStoreFailures(Duration retryAfter) {
    this(retryAfter, new BusyWaits());
  }

  BusyStoreFailures(Duration retryAfter, BusyWaits waits) {
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.waits = waits;
  }

  /**
   * The {@link StoreBusyException} in or behind {@code failure} (a new one wrapping {@code failure}
   * when the database reported a lock wait that ran out), else {@code failure} itself.
   */
  public RuntimeException translate(RuntimeException failure) {
    Throwable translated = translate((Throwable) failure);
    return translated instanceof RuntimeException runtime ? runtime : failure;
  }

  /** {@link #translate(RuntimeException)} for any throwable. */
  public Throwable translate(Throwable failure) {
    var known = StoreBusyException.in(failure);
    if (known.isPresent()) {
      return known.get();
    }
    if (!isBusy(failure)) {
      return failure;
    }
    waits.refused();
    return new StoreBusyException(retryAfter, failure);
  }

  /**
   * True when a cause of {@code failure} is the database reporting a lock it waited for in vain.
   */
  public static boolean isBusy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        int primary = sqlite.getResultCode().code & 0xFF;
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
          return true;
        }
      } else if (t instanceof SQLException sql && BUSY_SQL_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
