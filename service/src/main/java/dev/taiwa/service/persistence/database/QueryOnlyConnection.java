package dev.taiwa.service.persistence.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;

/**
 * Serves a SQLite connection's {@code setReadOnly} / {@code isReadOnly} with {@code PRAGMA
 * query_only}. A read-only connection also begins its transactions DEFERRED, so that read-only
 * transactions do not take the write lock; read-write ones begin IMMEDIATE (see {@link
 * DatabaseSettings#jdbcUrl()}). Every other call goes to the real connection.
 */
final class QueryOnlyConnection implements InvocationHandler {
  private final Connection target;
  private final TransactionMode writeMode;
  private boolean readOnly;

  QueryOnlyConnection(Connection target) throws SQLException {
    this.target = target;
    this.writeMode = sqlite().getConnectionConfig().getTransactionMode();
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "setReadOnly":
        setReadOnly((Boolean) args[0]);
        return null;
      case "isReadOnly":
        return readOnly;
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
    try (Statement statement = target.createStatement()) {
      statement.execute("PRAGMA query_only = " + (value ? "1" : "0"));
    }
    sqlite().getConnectionConfig().setTransactionMode(value ? TransactionMode.DEFERRED : writeMode);
    readOnly = value;
  }

  private SQLiteConnection sqlite() throws SQLException {
    return target.unwrap(SQLiteConnection.class);
  }
}
