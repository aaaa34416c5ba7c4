package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.StoreBusyException;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Which database failures mean "the lock wait ran out, nothing written, try again". */
class BusyStoreFailuresTest {
  private final BusyStoreFailures failures = new BusyStoreFailures(Duration.ofMillis(1500));

  private static RuntimeException wrapped(SQLException cause) {
    return new IllegalStateException("Could not set JDBC connection", cause);
  }

  @Test
  void sqliteBusyAndLockedAreBusyWithTheConfiguredWait() {
    for (SQLiteErrorCode code :
        new SQLiteErrorCode[] {
          SQLiteErrorCode.SQLITE_BUSY,
          SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT,
          SQLiteErrorCode.SQLITE_LOCKED
        }) {
      RuntimeException failure = wrapped(new SQLiteException("locked", code));

      RuntimeException translated = failures.translate(failure);

      StoreBusyException busy = (StoreBusyException) translated;
      assertSame(failure, busy.getCause());
      assertEquals(Duration.ofMillis(1500), busy.retryAfter());
      assertEquals(2, busy.retryAfterSeconds());
    }
  }

  @Test
  void postgresLockTimeoutSerializationFailureAndDeadlockAreBusy() {
    for (String state : new String[] {"55P03", "40001", "40P01"}) {
      assertTrue(
          failures.translate(wrapped(new SQLException("x", state))) instanceof StoreBusyException,
          state);
    }
  }

  @Test
  void otherFailuresStayAsTheyAre() {
    RuntimeException constraint =
        wrapped(new SQLiteException("UNIQUE", SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE));
    RuntimeException duplicate = wrapped(new SQLException("duplicate key", "23505"));
    RuntimeException plain = new IllegalArgumentException("no database here");

    assertSame(constraint, failures.translate(constraint));
    assertSame(duplicate, failures.translate(duplicate));
    assertSame(plain, failures.translate(plain));
  }

  @Test
  void aBusyExceptionAlreadyInTheChainIsKept() {
    StoreBusyException busy = new StoreBusyException(Duration.ofSeconds(3), null);

    assertSame(busy, failures.translate(new RuntimeException("outer", busy)));
  }
}
