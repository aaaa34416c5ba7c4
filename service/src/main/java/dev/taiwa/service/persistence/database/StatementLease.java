package dev.taiwa.service.persistence.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One use of a cached prepared statement, from {@code prepareStatement} to {@code close}. Closing
 * the lease closes the result sets it handed out (which resets the SQLite statement), clears the
 * parameters and gives the statement back to its {@link StatementCache}. A lease on which anything
 * beyond binding, executing and reading was called (a changed fetch size, timeout, cursor name;
 * {@code execute} with its several results) closes its statement for real instead, so that no
 * setting carries over to the next caller. A closed lease refuses further calls, like a closed
 * statement.
 */
final class StatementLease implements InvocationHandler {
  /** Calls after which the statement is known to be reusable as it was prepared. */
  private static final Set<String> REUSABLE =
      Set.of(
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch",
          "addBatch",
          "clearBatch",
          "clearParameters",
          "getUpdateCount",
          "getLargeUpdateCount",
          "getGeneratedKeys",
          "getMetaData",
          "getParameterMetaData",
          "getConnection",
          "getWarnings",
          "clearWarnings",
          "getMaxRows",
          "getQueryTimeout",
          "getFetchSize",
          "getResultSetType",
          "getResultSetConcurrency",
          "getResultSetHoldability",
          "hashCode",
          "equals",
          "toString");

  private final StatementCache cache;
  private final StatementCache.Key key;
  private final PreparedStatement statement;
  private final List<ResultSet> results = new ArrayList<>();
  private boolean reusable = true;
  private boolean closed;

  StatementLease(StatementCache cache, StatementCache.Key key, PreparedStatement statement) {
    this.cache = cache;
    this.key = key;
    this.statement = statement;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    switch (name) {
      case "close":
        close();
        return null;
      case "isClosed":
        return closed;
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
    if (closed && !name.equals("hashCode") && !name.equals("equals")) {
      throw new SQLException("statement is closed");
    }
    if (!name.startsWith("set") || !isParameterSetter(method)) {
      reusable &= REUSABLE.contains(name);
    }
    try {
      Object result = method.invoke(statement, args);
      if (result instanceof ResultSet resultSet) {
        results.add(resultSet);
      }
      return result;
    } catch (InvocationTargetException e) {
      reusable = false;
      throw e.getCause();
    }
  }

  /** {@code setString(int, String)} and the like: a first parameter that is the index. */
  private static boolean isParameterSetter(Method method) {
    Class<?>[] types = method.getParameterTypes();
    return types.length >= 2 && types[0] == int.class;
  }

  private void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      for (ResultSet resultSet : results) {
        resultSet.close();
      }
      if (reusable) {
        statement.clearParameters();
        statement.clearBatch();
        statement.clearWarnings();
      }
    } catch (SQLException e) {
      reusable = false;
      throw e;
    } finally {
      results.clear();
      if (reusable) {
        cache.giveBack(key, statement);
      } else {
        statement.close();
      }
    }
  }
}
