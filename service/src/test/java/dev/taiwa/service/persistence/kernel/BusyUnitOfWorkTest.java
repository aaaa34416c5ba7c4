package dev.taiwa.service.persistence.kernel;

import static dev.taiwa.service.testsupport.IdentityFixture.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.StoreBusyException;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A unit of work that meets a lock another connection holds (SQLite: the write lock; PostgreSQL: a
 * table lock) waits the configured time, then fails as {@link StoreBusyException} with nothing
 * written; once the lock goes, the same work succeeds, on the same pooled connections.
 */
@MicronautTest(transactional = false, startApplication = false)
class BusyUnitOfWorkTest extends DatabaseTest {
  private static final int BUSY_TIMEOUT_MILLIS = 300;

  @Inject UnitOfWork unitOfWork;
  @Inject Organisations organisations;
  @Inject DatabaseSettings settings;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.database.busy-timeout-millis", String.valueOf(BUSY_TIMEOUT_MILLIS));
    return properties;
  }

  /**
   * Another connection, in a transaction that holds a lock every insert of an organisation needs.
   */
  private Connection holdALock() throws SQLException {
    Connection holder;
    if (TestDatabase.isPostgres()) {
      holder =
          DriverManager.getConnection(
              settings.getUrl(), settings.getUser(), settings.getPassword());
      holder.setAutoCommit(false);
      try (Statement statement = holder.createStatement()) {
        statement.execute("LOCK TABLE organisation IN EXCLUSIVE MODE");
      }
    } else {
      holder = DriverManager.getConnection("jdbc:sqlite:" + settings.sqliteFile());
      try (Statement statement = holder.createStatement()) {
        statement.execute("BEGIN EXCLUSIVE");
      }
    }
    return holder;
  }

  private static void release(Connection holder) throws SQLException {
    if (TestDatabase.isPostgres()) {
      holder.rollback();
    } else {
      try (Statement statement = holder.createStatement()) {
        statement.execute("ROLLBACK");
      }
    }
  }

  private void insert(Organisation organisation) {
    unitOfWork.inTransaction(
        () -> {
          organisations.insert(organisation);
          return null;
        });
  }

  @Test
  void aWriteThatMeetsALockFailsBusyInBoundedTimeWithNothingWritten() throws Exception {
    long before = organisations.count();
    Organisation refused = anOrganisation();
    StoreBusyException busy;
    long waited;
    try (Connection holder = holdALock()) {
      long started = System.nanoTime();
      for (int i = 0; i < 6; i++) { // more attempts than the pool has connections
        Organisation attempt = i == 0 ? refused : anOrganisation();
        assertThrows(StoreBusyException.class, () -> insert(attempt));
      }
      busy = assertThrows(StoreBusyException.class, () -> insert(anOrganisation()));
      waited = (System.nanoTime() - started) / 1_000_000 / 7;
      release(holder);
    }

    assertEquals(Duration.ofMillis(BUSY_TIMEOUT_MILLIS), busy.retryAfter());
    assertEquals(1, busy.retryAfterSeconds());
    assertTrue(waited < 5 * BUSY_TIMEOUT_MILLIS, "waited " + waited + " ms per attempt");
    assertEquals(before, organisations.count());
    assertTrue(organisations.find(refused.id()).isEmpty());

    for (int i = 0; i < 10; i++) {
      insert(anOrganisation());
    }
    insert(refused);
    assertEquals(before + 11, organisations.count());
  }

  @Test
  void aWriteThatFailsAfterAnEarlierBusyOneIsStillAtomic() throws Exception {
    try (Connection holder = holdALock()) {
      for (int i = 0; i < 6; i++) {
        assertThrows(StoreBusyException.class, () -> insert(anOrganisation()));
      }
      release(holder);
    }
    long before = organisations.count();

    for (int i = 0; i < 6; i++) {
      Organisation organisation = anOrganisation();
      assertThrows(
          IllegalStateException.class,
          () ->
              unitOfWork.inTransaction(
                  () -> {
                    organisations.insert(organisation);
                    throw new IllegalStateException("fails after its write");
                  }));
    }

    assertEquals(before, organisations.count());
  }
}
