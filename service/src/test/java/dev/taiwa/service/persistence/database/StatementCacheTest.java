package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementCacheTest {
  private String url;
  private Connection connection;
  private StatementCache cache;

  @BeforeEach
  void open() throws Exception {
    Path file = Files.createTempDirectory("taiwa-statement-cache-").resolve("t.db");
    url = "jdbc:sqlite:" + file + "?journal_mode=WAL";
    connection = DriverManager.getConnection(url);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
      statement.execute("INSERT INTO t (x) VALUES ('a'), ('b'), ('c')");
    }
    cache = new StatementCache(connection);
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    return cache.prepare(new StatementCache.Key(sql, Statement.NO_GENERATED_KEYS));
  }

  private String xOf(long id) throws SQLException {
    try (PreparedStatement select = prepare("SELECT x FROM t WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  @Test
  void aClosedStatementIsReusedWithNewParametersAndNoneLeftOver() throws Exception {
    assertEquals("a", xOf(1));
    assertEquals(1, cache.size());
    assertEquals("c", xOf(3));
    assertEquals(1, cache.size());

    try (PreparedStatement select = prepare("SELECT x FROM t WHERE id = ?")) {
      assertEquals(0, cache.size());
      try (ResultSet rows = select.executeQuery()) {
        assertFalse(rows.next(), "the last parameter (3) is not kept: an unbound one is NULL");
      }
    }
  }

  @Test
  void closingAStatementWhoseRowsWereNotAllReadReleasesTheDatabase() throws Exception {
    try (PreparedStatement select = prepare("SELECT x FROM t ORDER BY id")) {
      ResultSet rows = select.executeQuery();
      rows.next();
    }
    try (Connection other = DriverManager.getConnection(url);
        Statement statement = other.createStatement()) {
      statement.executeUpdate("INSERT INTO t (x) VALUES ('d')");
      try (ResultSet checkpoint = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        checkpoint.next();
        assertEquals(0, checkpoint.getInt(1), "no reader holds the old snapshot");
      }
    }
    assertEquals("d", xOf(4));
  }

  @Test
  void insertsReportTheirGeneratedKeysEachTime() throws Exception {
    StatementCache.Key key =
        new StatementCache.Key("INSERT INTO t (x) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
    for (String x : new String[] {"d", "e"}) {
      try (PreparedStatement insert = cache.prepare(key)) {
        insert.setString(1, x);
        assertEquals(1, insert.executeUpdate());
        try (ResultSet keys = insert.getGeneratedKeys()) {
          assertTrue(keys.next());
          assertEquals(x, xOf(keys.getLong(1)));
        }
      }
    }
    assertEquals(2, cache.size());
  }

  @Test
  void aStatementWhoseSettingsChangedIsClosedRatherThanReused() throws Exception {
    try (PreparedStatement select = prepare("SELECT x FROM t")) {
      select.setMaxRows(1);
      select.executeQuery().close();
    }
    assertEquals(0, cache.size());
  }

  @Test
  void aClosedLeaseRefusesFurtherUse() throws Exception {
    PreparedStatement select = prepare("SELECT x FROM t");
    select.close();
    assertTrue(select.isClosed());
    assertThrows(SQLException.class, select::executeQuery);
  }

  @Test
  void aConnectionFromTheDataSourceReusesItsStatementsAndClosesThemWithIt() throws Exception {
    Connection pooled = new QueryOnlySqliteDataSource(url).getConnection();
    for (int i = 0; i < 2; i++) {
      try (PreparedStatement select = pooled.prepareStatement("SELECT COUNT(*) FROM t")) {
        try (ResultSet count = select.executeQuery()) {
          count.next();
          assertEquals(3, count.getInt(1));
        }
      }
    }
    pooled.close();
    assertTrue(pooled.isClosed());
  }
}
