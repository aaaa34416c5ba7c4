package dev.taiwa.service.persistence.database;

import java.sql.Connection;
import java.time.Duration;
import org.apache.commons.dbcp2.DelegatingPreparedStatement;
import org.apache.commons.dbcp2.PStmtKey;
import org.apache.commons.dbcp2.PoolingConnection;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;

/**
 * Keeps a SQLite connection's prepared statements for reuse: neither sqlite-jdbc nor HikariCP does,
 * so every statement was compiled by SQLite anew on every run (about a fifth of an import's time).
 * This is DBCP2's statement pool ({@link PoolingConnection}, what its {@code
 * poolPreparedStatements} turns on), configured as DBCP2's own data source configures it: closing a
 * statement hands it back to the connection's pool, keyed by its SQL, parameters cleared; the same
 * SQL needed twice at once gets a second statement; at most {@value #MAX_STATEMENTS} are kept per
 * connection (the oldest idle ones are closed first); closing the connection closes them all. A
 * kept statement is reset after each run (its result set closed), so it holds no lock, and SQLite
 * recompiles it by itself when the schema changes.
 */
final class PooledStatements {
  static final int MAX_STATEMENTS = 256;

  private PooledStatements() {}

  /** {@code connection} with a statement pool in front of it. */
  static Connection around(Connection connection) {
    PoolingConnection pooling = new PoolingConnection(connection);
    GenericKeyedObjectPoolConfig<DelegatingPreparedStatement> config =
        new GenericKeyedObjectPoolConfig<>();
    config.setMaxTotalPerKey(-1);
    config.setBlockWhenExhausted(false);
    config.setMaxWait(Duration.ZERO);
    config.setMaxIdlePerKey(1);
    config.setMaxTotal(MAX_STATEMENTS);
    config.setJmxEnabled(false);
    pooling.setStatementPool(
        new GenericKeyedObjectPool<PStmtKey, DelegatingPreparedStatement>(pooling, config));
    // QueryOnlyConnection changes auto-commit and read-only itself: nothing may be cached here.
    pooling.setCacheState(false);
    return pooling;
  }
}
