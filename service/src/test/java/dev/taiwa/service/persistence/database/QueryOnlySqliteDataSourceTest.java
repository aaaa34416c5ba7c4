package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;

class QueryOnlySqliteDataSourceTest {

  private static Connection open() throws Exception {
    Path file = Files.createTempDirectory("taiwa-query-only-").resolve("t.db");
    Connection connection =
        new QueryOnlySqliteDataSource("jdbc:sqlite:" + file + "?transaction_mode=IMMEDIATE")
            .getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (x INTEGER)");
    }
    return connection;
  }

  @Test
  void aReadOnlyConnectionRefusesWritesAndAcceptsThemAgainWhenReleased() throws Exception {
    try (Connection connection = open();
        Statement statement = connection.createStatement()) {
      connection.setReadOnly(true);
      assertTrue(connection.isReadOnly());
      assertThrows(SQLException.class, () -> statement.executeUpdate("INSERT INTO t VALUES (1)"));

      connection.setReadOnly(false);
      assertFalse(connection.isReadOnly());
      statement.executeUpdate("INSERT INTO t VALUES (2)");
      try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM t")) {
        rows.next();
        assertEquals(1, rows.getInt(1));
      }
    }
  }

  @Test
  void readOnlyTransactionsBeginDeferredAndWriteTransactionsImmediate() throws Exception {
    try (Connection connection = open()) {
      SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);

      connection.setReadOnly(true);
      assertEquals("DEFERRED", sqlite.getConnectionConfig().getTransactionMode().name());
      connection.setReadOnly(false);
      assertEquals("IMMEDIATE", sqlite.getConnectionConfig().getTransactionMode().name());
    }
  }
}
