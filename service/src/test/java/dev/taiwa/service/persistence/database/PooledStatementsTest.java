package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/** The statements a SQLite connection keeps for reuse ({@link PooledStatements}). */
class PooledStatementsTest {
  private static final String BY_NAME = "SELECT x FROM t WHERE name = ? ORDER BY x";

  private static Connection open() throws Exception {
    Path file = Files.createTempDirectory("taiwa-pooled-").resolve("t.db");
    Connection connection =
        new QueryOnlySqliteDataSource("jdbc:sqlite:" + file + "?transaction_mode=IMMEDIATE")
            .getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (x INTEGER, name TEXT)");
      statement.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'b')");
    }
    return connection;
  }

  private static JDBC4PreparedStatement sqlite(PreparedStatement statement) throws SQLException {
    return statement.unwrap(JDBC4PreparedStatement.class);
  }

  private static List<Integer> xs(PreparedStatement statement) throws SQLException {
    List<Integer> found = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        found.add(rows.getInt(1));
      }
    }
    return found;
  }

  @Test
  void aStatementPreparedAgainIsTheCompiledOneRunWithNewParameters() throws Exception {
    try (Connection connection = open()) {
      JDBC4PreparedStatement first;
      try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
        statement.setString(1, "a");
        assertEquals(List.of(1), xs(statement));
        first = sqlite(statement);
      }

      try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
        assertSame(first, sqlite(statement));
        statement.setString(1, "b");
        assertEquals(List.of(2, 3), xs(statement));
      }
    }
  }

  @Test
  void theSameStatementNeededTwiceAtOnceIsTwoStatements() throws Exception {
    try (Connection connection = open();
        PreparedStatement outer = connection.prepareStatement(BY_NAME)) {
      outer.setString(1, "b");
      try (ResultSet rows = outer.executeQuery()) {
        assertTrue(rows.next());
        try (PreparedStatement inner = connection.prepareStatement(BY_NAME)) {
          assertNotSame(sqlite(outer), sqlite(inner));
          inner.setString(1, "a");
          assertEquals(List.of(1), xs(inner));
        }
        assertEquals(2, rows.getInt(1));
        assertTrue(rows.next());
        assertEquals(3, rows.getInt(1));
      }
    }
  }

  @Test
  void aKeptStatementHoldsNoLockAndSeesCommittedWrites() throws Exception {
    try (Connection connection = open()) {
      try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
        statement.setString(1, "c");
        assertEquals(List.of(), xs(statement));
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
        insert.setInt(1, 4);
        insert.setString(2, "c");
        insert.executeUpdate();
      }
      connection.commit();
      connection.setAutoCommit(true);
      assertTrue(connection.getAutoCommit());

      try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
        statement.setString(1, "c");
        assertEquals(List.of(4), xs(statement));
      }
    }
  }

  @Test
  void closingTheConnectionClosesTheStatementsItKept() throws Exception {
    JDBC4PreparedStatement kept;
    try (Connection connection = open();
        PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
      kept = sqlite(statement);
    }
    assertTrue(kept.isClosed());
  }

  @Test
  void aClosedStatementIsKeptOpenForTheNextUse() throws Exception {
    try (Connection connection = open()) {
      JDBC4PreparedStatement kept;
      try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
        kept = sqlite(statement);
      }
      assertFalse(kept.isClosed());
    }
  }
}
