package dev.taiwa.service.persistence.database;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A data source whose statements run one hook before each execution ({@code execute}, {@code
 * executeQuery}, {@code executeUpdate}, {@code executeBatch} and their large forms) and another
 * after it, failed or not; every other call goes straight to the pool's connection or statement.
 * Nothing is recorded: the statements' parameters are bound on the real statement only, which is
 * what made datasource-proxy (used before for this, recording each bound parameter and batch for
 * its listeners) cost a third of an import's Java time (issue 19).
 */
final class ExecutionHooks {
  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");

  private final Runnable before;
  private final Runnable after;

  private ExecutionHooks(Runnable before, Runnable after) {
    this.before = before;
    this.after = after;
  }

  /** {@code pool} with {@code before} and {@code after} run around each statement execution. */
  static DataSource around(DataSource pool, Runnable before, Runnable after) {
    ExecutionHooks hooks = new ExecutionHooks(before, after);
    return (DataSource) proxy(hooks.new Source(pool), DataSource.class, Closeable.class);
  }

  private static Object proxy(InvocationHandler handler, Class<?>... types) {
    return Proxy.newProxyInstance(ExecutionHooks.class.getClassLoader(), types, handler);
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The pool: its connections are wrapped; closing closes the pool. */
  private final class Source implements InvocationHandler {
    private final DataSource pool;

    Source(DataSource pool) {
      this.pool = pool;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        if (pool instanceof AutoCloseable closeable) {
          closeable.close();
        }
        return null;
      }
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, pool, method, args);
      }
      Object result = call(pool, method, args);
      return result instanceof Connection connection
          ? proxy(new Wrapped(connection), Connection.class)
          : result;
    }
  }

  /** A connection: the statements it makes are wrapped. */
  private final class Wrapped implements InvocationHandler {
    private final Connection connection;

    Wrapped(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, connection, method, args);
      }
      Object result = call(connection, method, args);
      if (result instanceof Statement statement) {
        Class<?> type = method.getReturnType();
        if (type == Statement.class
            || type == PreparedStatement.class
            || type == CallableStatement.class) {
          return proxy(new Executions((Connection) proxy, statement), type);
        }
      }
      return result;
    }
  }

  /** A statement: its executions run the hooks; it names the wrapped connection as its own. */
  private final class Executions implements InvocationHandler {
    private final Connection connection;
    private final Statement statement;

    Executions(Connection connection, Statement statement) {
      this.connection = connection;
      this.statement = statement;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (method.getDeclaringClass() == Object.class) {
        return objectMethod(proxy, statement, method, args);
      }
      if (name.equals("getConnection") && method.getParameterCount() == 0) {
        return connection;
      }
      if (!EXECUTIONS.contains(name)) {
        return call(statement, method, args);
      }
      before.run();
      try {
        return call(statement, method, args);
      } finally {
        after.run();
      }
    }
  }

  /** equals, hashCode and toString of a proxy: identity for the first two, the target's text. */
  private static Object objectMethod(Object proxy, Object target, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "hooked " + target;
    };
  }
}
