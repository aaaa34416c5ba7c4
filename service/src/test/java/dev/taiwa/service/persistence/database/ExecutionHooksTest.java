package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The hooks {@link StatementCount} puts around the pool: each execution, a batch included, runs the
 * before-hook first (so it may write what the statement then reads) and the after-hook once, failed
 * or not; binding parameters runs neither.
 */
class ExecutionHooksTest {
  @TempDir Path folder;

  @Test
  void eachExecutionRunsTheHooksOnceAndBindingNone() throws Exception {
    List<String> calls = new ArrayList<>();
    DataSource hooked = hooked(calls);
    try (Connection connection = hooked.getConnection();
        Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE TABLE t (n INTEGER NOT NULL)");
      calls.clear();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
        for (int n = 1; n <= 3; n++) {
          insert.setInt(1, n);
          insert.addBatch();
        }
        assertEquals(List.of(), calls, "binding and adding to a batch run no hook");
        insert.executeBatch();
      }
      assertEquals(List.of("before", "after"), calls, "a batch of three is one execution");
      assertSame(connection, ddl.getConnection(), "a statement names the hooked connection");
    }
  }

  @Test
  void theBeforeHookWritesWhatTheStatementReads() throws Exception {
    DataSource pool = pool();
    try (Connection plain = pool.getConnection();
        Statement ddl = plain.createStatement()) {
      ddl.execute("CREATE TABLE t (n INTEGER NOT NULL)");
    }
    List<Integer> held = new ArrayList<>(List.of(7, 8));
    Connection[] current = new Connection[1];
    DataSource hooked =
        ExecutionHooks.around(
            pool,
            () -> {
              // the real connection's own statement, as the held rows' writers' pass through
              Connection real = unwrapped(current[0]);
              try (PreparedStatement write = real.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (int n : held) {
                  write.setInt(1, n);
                  write.executeUpdate();
                }
                held.clear();
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            },
            () -> {});
    try (Connection connection = hooked.getConnection();
        Statement read = connection.createStatement()) {
      current[0] = connection;
      try (ResultSet rows = read.executeQuery("SELECT COUNT(*) FROM t")) {
        rows.next();
        assertEquals(2, rows.getInt(1));
      }
    }
  }

  @Test
  void aFailedExecutionStillRunsTheAfterHook() throws Exception {
    List<String> calls = new ArrayList<>();
    try (Connection connection = hooked(calls).getConnection();
        Statement statement = connection.createStatement()) {
      assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM missing"));
    }
    assertEquals(List.of("before", "after"), calls);
  }

  private static Connection unwrapped(Connection connection) {
    try {
      return connection.unwrap(Connection.class);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private DataSource hooked(List<String> calls) throws Exception {
    return ExecutionHooks.around(pool(), () -> calls.add("before"), () -> calls.add("after"));
  }

  private DataSource pool() throws Exception {
    Path file = Files.createDirectories(folder).resolve("hooks.db");
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + file);
    return source;
  }
}
