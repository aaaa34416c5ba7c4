package dev.taiwa.service.persistence.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;
import org.sqlite.core.DB;

/**
 * A SQLite connection as the pool and Micronaut's transaction manager expect one to behave.
 *
 * <p><b>Read-only.</b> {@code setReadOnly} / {@code isReadOnly} are served with {@code PRAGMA
 * query_only}. A read-only connection also begins its transactions DEFERRED, so that read-only
 * transactions do not take the write lock; read-write ones begin IMMEDIATE (see {@link
 * DatabaseSettings#jdbcUrl()}), so a write transaction holds the lock from its BEGIN and can never
 * meet a lock half-way.
 *
 * <p><b>Transactions.</b> {@code setAutoCommit}, {@code commit} and {@code rollback} are run here
 * rather than by sqlite-jdbc, which gets two things wrong when another process holds the write
 * lock:
 *
 * <ul>
 *   <li>{@code setAutoCommit(false)} marks the connection as in a transaction <em>before</em> it
 *       runs {@code BEGIN IMMEDIATE}. When the BEGIN fails ({@code SQLITE_BUSY} after the busy
 *       timeout), the connection says "manual commit" while SQLite is in auto-commit, and the pool
 *       (which records the new state only after the call returns) does not reset it. The next
 *       transaction on that pooled connection then sees auto-commit off, never begins, runs every
 *       statement as its own committed transaction, and fails at COMMIT ("no transaction is
 *       active") although everything was written. Here a failed BEGIN leaves the connection in
 *       auto-commit, exactly as before the call.
 *   <li>{@code commit()} and {@code rollback()} immediately begin the next transaction in the
 *       connection's mode, i.e. {@code BEGIN IMMEDIATE}: right after a successful COMMIT the
 *       connection queues for the write lock again, and if another process takes it first the
 *       commit call fails after the busy timeout (a committed write reported as failed), leaving
 *       the same inconsistent state. Here the next transaction begins DEFERRED, which takes no lock
 *       and cannot be busy. (The transaction manager ends manual-commit mode right after, so that
 *       transaction stays empty; code that keeps the connection in manual mode gets DEFERRED
 *       transactions, still atomic.)
 * </ul>
 *
 * <p>So a connection always returns to the pool with its transaction ended and auto-commit as the
 * pool expects, whatever failed. Every other call goes to the real connection.
 */
final class QueryOnlyConnection implements InvocationHandler {
  private static final String NO_TRANSACTION = "no transaction is active";

  private final Connection target;
  private final SQLiteConnection sqlite;
  private final TransactionMode writeMode;
  private boolean readOnly;

  QueryOnlyConnection(Connection target) throws SQLException {
    this.target = target;
    this.sqlite = target.unwrap(SQLiteConnection.class);
    this.writeMode = config().getTransactionMode();
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "setReadOnly":
        setReadOnly((Boolean) args[0]);
        return null;
      case "isReadOnly":
        return readOnly;
      case "setAutoCommit":
        setAutoCommit((Boolean) args[0]);
        return null;
      case "commit":
        commit();
        return null;
      case "rollback":
        if (args == null || args.length == 0) {
          rollback();
          return null;
        }
        break;
      case "unwrap":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
        break;
      case "isWrapperFor":
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return true;
        }
        break;
      default:
        break;
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void setReadOnly(boolean value) throws SQLException {
    if (value == readOnly) {
      return;
    }
    // Run on the database itself, like BEGIN and COMMIT below: a JDBC statement per transaction
    // would allocate DBCP2's finalizable statement wrapper each time, which every GC must trace.
    exec("PRAGMA query_only = " + (value ? "1" : "0") + ";");
    config().setTransactionMode(value ? TransactionMode.DEFERRED : writeMode);
    readOnly = value;
  }

  /**
   * {@code false} begins a transaction in the connection's mode; if the BEGIN fails, the connection
   * stays in auto-commit. {@code true} commits the open transaction; if the COMMIT fails, what is
   * left of the transaction is rolled back, so the connection is in auto-commit either way.
   */
  private void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    SQLiteConnectionConfig config = config();
    if (config.isAutoCommit() == autoCommit) {
      return;
    }
    if (!autoCommit) {
      exec(beginStatement(config.getTransactionMode()));
      config.setAutoCommit(false);
      return;
    }
    config.setAutoCommit(true);
    try {
      exec("commit;");
    } catch (SQLException e) {
      rollBackWhatIsLeft(e);
      throw e;
    }
  }

  /**
   * Commits, then begins the next transaction DEFERRED (no lock, never busy). A failed COMMIT rolls
   * back what is left of the transaction before it is reported.
   */
  private void commit() throws SQLException {
    inManualCommit();
    try {
      exec("commit;");
    } catch (SQLException e) {
      rollBackWhatIsLeft(e);
      beginNext();
      throw e;
    }
    beginNext();
  }

  /**
   * Rolls back, then begins the next transaction DEFERRED. SQLite rolls a transaction back by
   * itself after some errors (e.g. SQLITE_FULL, SQLITE_IOERR): then there is nothing left to roll
   * back, which is what was asked.
   */
  private void rollback() throws SQLException {
    inManualCommit();
    try {
      exec("rollback;");
    } catch (SQLException e) {
      if (!isNoTransaction(e)) {
        beginNextQuietly(e);
        throw e;
      }
    }
    beginNext();
  }

  private void beginNext() throws SQLException {
    try {
      exec(beginStatement(TransactionMode.DEFERRED));
    } catch (SQLException e) {
      config().setAutoCommit(true);
      throw e;
    }
  }

  private void beginNextQuietly(SQLException failure) {
    try {
      beginNext();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private void rollBackWhatIsLeft(SQLException failure) {
    try {
      exec("rollback;");
    } catch (SQLException e) {
      if (!isNoTransaction(e)) {
        failure.addSuppressed(e);
      }
    }
  }

  private void inManualCommit() throws SQLException {
    checkOpen();
    if (config().isAutoCommit()) {
      throw new SQLException("database in auto-commit mode");
    }
  }

  private void checkOpen() throws SQLException {
    if (sqlite.isClosed()) {
      throw new SQLException("database connection closed");
    }
  }

  private static boolean isNoTransaction(SQLException e) {
    return e.getMessage() != null && e.getMessage().contains(NO_TRANSACTION);
  }

  private static String beginStatement(TransactionMode mode) {
    return switch (mode) {
      case DEFERRED -> "begin;";
      case IMMEDIATE -> "begin immediate;";
      case EXCLUSIVE -> "begin exclusive;";
    };
  }

  private void exec(String sql) throws SQLException {
    DB database = sqlite.getDatabase();
    database.exec(sql, false);
  }

  private SQLiteConnectionConfig config() {
    return sqlite.getConnectionConfig();
  }
}
