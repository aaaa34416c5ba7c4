package dev.taiwa.service.persistence.database;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.BusyHandler;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConnection;

/**
 * Opens SQLite connections whose {@code setReadOnly(b)} runs {@code PRAGMA query_only = b} instead
 * of failing: sqlite-jdbc cannot change the read-only flag of an open connection, and Micronaut
 * Data sets it for every read-only transaction. The pool sits on top of this data source, so its
 * own reset of the flag on return reaches the pragma too. Each connection runs its transactions
 * itself ({@link QueryOnlyConnection}) and waits for locks with a {@link PollingBusyHandler} for
 * the URL's {@code busy_timeout}. Each connection keeps its prepared statements for reuse ({@link
 * PooledStatements}).
 */
public final class QueryOnlySqliteDataSource implements DataSource {
  private final String url;
  private final BusyWaits waits;
  private PrintWriter logWriter;
  private int loginTimeout;

  public QueryOnlySqliteDataSource(String url) {
    this(url, new BusyWaits());
  }

  /** A data source whose lock waits are counted in {@code waits}. */
  public QueryOnlySqliteDataSource(String url, BusyWaits waits) {
    if (!url.startsWith(JDBC.PREFIX)) {
      throw new IllegalArgumentException("not a SQLite URL: " + url);
    }
    this.url = url;
    this.waits = waits;
  }

  public String url() {
    return url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = JDBC.createConnection(url, new Properties());
    SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
    BusyHandler.setHandler(connection, new PollingBusyHandler(sqlite.getBusyTimeout(), waits));
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new QueryOnlyConnection(PooledStatements.around(connection)));
  }

  /** SQLite has no users: the credentials the pool passes are ignored. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
