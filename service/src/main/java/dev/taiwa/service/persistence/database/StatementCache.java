package dev.taiwa.service.persistence.database;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The idle prepared statements of one SQLite connection, kept for reuse by their SQL. Neither
 * sqlite-jdbc nor the pool caches statements, so every {@code prepareStatement} compiled its SQL
 * again: the largest single cost of a write (an import row ran about 25 statements, a third of
 * their time spent in {@code sqlite3_prepare}). A statement handed out is a {@link StatementLease}:
 * closing it resets the statement and brings it back here; at most {@link #CAPACITY} wait, the
 * least recently used is closed first. Used by one thread at a time, as a pooled connection is.
 */
final class StatementCache {
  static final int CAPACITY = 200;

  /** What a statement was prepared from: its SQL and its generated-keys flag. */
  record Key(String sql, int generatedKeys) {}

  private final Connection target;
  private final Map<Key, PreparedStatement> idle =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PreparedStatement> eldest) {
          if (size() <= CAPACITY) {
            return false;
          }
          closeQuietly(eldest.getValue());
          return true;
        }
      };

  StatementCache(Connection target) {
    this.target = target;
  }

  /** A lease on an idle statement of {@code key}, or on a newly prepared one. */
  synchronized PreparedStatement prepare(Key key) throws SQLException {
    PreparedStatement statement = idle.remove(key);
    if (statement == null) {
      statement =
          key.generatedKeys() == PreparedStatement.NO_GENERATED_KEYS
              ? target.prepareStatement(key.sql())
              : target.prepareStatement(key.sql(), key.generatedKeys());
    }
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            new StatementLease(this, key, statement));
  }

  /** Takes back a reset statement; closes it when one of the same key is already waiting. */
  synchronized void giveBack(Key key, PreparedStatement statement) {
    if (idle.putIfAbsent(key, statement) != null) {
      closeQuietly(statement);
    }
  }

  /** How many statements wait for reuse. */
  synchronized int size() {
    return idle.size();
  }

  /** Closes every waiting statement, before the connection closes. */
  synchronized void closeAll() {
    List<PreparedStatement> all = new ArrayList<>(idle.values());
    idle.clear();
    all.forEach(StatementCache::closeQuietly);
  }

  static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // The statement is gone either way; the connection reports real failures.
    }
  }
}
