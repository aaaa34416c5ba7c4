package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.taiwa.service.testsupport.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Pooled SQLite connections (HikariCP over {@link QueryOnlySqliteDataSource}, as the service runs
 * them) while another connection holds the write lock: a BEGIN that meets the lock fails BUSY and
 * leaves the connection in auto-commit, so the pool's next transaction on it is a real one again;
 * COMMIT and ROLLBACK never queue for the lock again; read-only transactions never take it.
 */
@DisabledIfSystemProperty(named = TestDatabase.SELECTOR, matches = "postgres")
class SqliteTransactionsTest {
  private static final int BUSY_TIMEOUT_MILLIS = 200;

  @TempDir Path directory;

  private Path file;
  private HikariDataSource pool;

  @BeforeEach
  void aPoolOfOneConnection() throws SQLException {
    DatabaseSettings settings = new DatabaseSettings();
    file = directory.resolve("taiwa.db");
    settings.setFile(file.toString());
    settings.setBusyTimeoutMillis(BUSY_TIMEOUT_MILLIS);
    try (Connection connection = DriverManager.getConnection(settings.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (x INTEGER NOT NULL)");
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(new QueryOnlySqliteDataSource(settings.jdbcUrl()));
    config.setMaximumPoolSize(1);
    pool = new HikariDataSource(config);
  }

  @AfterEach
  void closePool() {
    pool.close();
  }

  /** Another connection that holds the write lock until closed. */
  private Connection holdTheWriteLock() throws SQLException {
    Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file + "?busy_timeout=0");
    try (Statement statement = holder.createStatement()) {
      statement.execute("BEGIN EXCLUSIVE");
    }
    return holder;
  }

  /** True when another connection can take the write lock at once. */
  private boolean writeLockIsFree() throws SQLException {
    try (Connection other = holdTheWriteLock()) {
      other.createStatement().execute("ROLLBACK");
      return true;
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY) {
        return false;
      }
      throw e;
    }
  }

  private long rows() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void insert(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO t (x) VALUES (1)");
    }
  }

  @Test
  void aBeginThatMeetsTheLockFailsBusyAndLeavesTheConnectionInAutoCommit() throws Exception {
    try (Connection holder = holdTheWriteLock();
        Connection pooled = pool.getConnection()) {
      SQLiteException busy = assertThrows(SQLiteException.class, () -> pooled.setAutoCommit(false));

      assertEquals(SQLiteErrorCode.SQLITE_BUSY, busy.getResultCode());
      assertTrue(pooled.getAutoCommit(), "a failed BEGIN began nothing");
    }

    try (Connection pooled = pool.getConnection()) {
      pooled.setAutoCommit(false);
      insert(pooled);
      insert(pooled);
      pooled.rollback();
      assertEquals(0, rows(), "the next transaction on the pooled connection is atomic");
      insert(pooled);
      pooled.commit();
      pooled.setAutoCommit(true);
    }
    assertEquals(1, rows());
  }

  @Test
  void commitAndRollbackDoNotQueueForTheWriteLockAgain() throws Exception {
    try (Connection pooled = pool.getConnection()) {
      pooled.setAutoCommit(false);
      insert(pooled);
      assertFalse(writeLockIsFree(), "a write transaction holds the lock from its BEGIN");

      pooled.commit();
      assertTrue(writeLockIsFree(), "after COMMIT the connection holds no lock");
      assertEquals(1, rows());

      insert(pooled);
      pooled.rollback();
      assertTrue(writeLockIsFree(), "after ROLLBACK the connection holds no lock");
      pooled.setAutoCommit(true);
    }
    assertEquals(1, rows());
  }

  @Test
  void aCommitDoesNotFailWhenAnotherWriterTakesTheLockRightAfterIt() throws Exception {
    try (Connection pooled = pool.getConnection()) {
      pooled.setAutoCommit(false);
      insert(pooled);
      pooled.commit();
      try (Connection holder = holdTheWriteLock()) {
        pooled.setAutoCommit(true);
        assertTrue(pooled.getAutoCommit());
      }
    }
    assertEquals(1, rows());
  }

  @Test
  void aReadOnlyTransactionNeverWaitsForTheWriteLock() throws Exception {
    try (Connection pooled = pool.getConnection()) {
      insert(pooled);
      try (Connection holder = holdTheWriteLock()) {
        pooled.setReadOnly(true);
        pooled.setAutoCommit(false);
        try (ResultSet result = pooled.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
          result.next();
          assertEquals(1, result.getLong(1));
        }
        pooled.commit();
        pooled.setAutoCommit(true);
        pooled.setReadOnly(false);
      }
    }
  }
}
