package dev.taiwa.service.persistence.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * {@code taiwa.database.*}: where the data lives.
 *
 * <ul>
 *   <li>{@code file} (env {@code TAIWA_DATABASE_FILE}, default {@code ./taiwa-data/taiwa.db}): the
 *       SQLite file used when no URL is set; its directory is created on start.
 *   <li>{@code url} (env {@code TAIWA_DATABASE_URL}): a {@code jdbc:postgresql:} URL switches to
 *       PostgreSQL; a {@code jdbc:sqlite:} URL is used as given.
 *   <li>{@code user}, {@code password} (env {@code TAIWA_DATABASE_USER}, {@code
 *       TAIWA_DATABASE_PASSWORD}): PostgreSQL credentials.
 *   <li>{@code pool-size}: the connection pool's maximum size (default 4 on SQLite, whose writers
 *       serialise anyway, 10 on PostgreSQL).
 *   <li>{@code busy-timeout-millis} (default 10000): how long a SQLite connection waits for the
 *       write lock.
 * </ul>
 */
@ConfigurationProperties("taiwa.database")
public class DatabaseSettings {
  private String file = "./taiwa-data/taiwa.db";
  private String url;
  private String user;
  private String password;
  private Integer poolSize;
  private int busyTimeoutMillis = 10_000;

  public DatabaseKind kind() {
    return DatabaseKind.ofUrl(url);
  }

  /**
   * The JDBC URL to connect to. For the SQLite file: WAL journal, foreign keys on, a busy timeout,
   * and write transactions that take the write lock when they begin ({@code BEGIN IMMEDIATE}), so
   * that a transaction that reads before it writes never fails on a lock upgrade.
   */
  public String jdbcUrl() {
    if (url != null && !url.isBlank()) {
      return url;
    }
    return "jdbc:sqlite:"
        + sqliteFile()
        + "?journal_mode=WAL&foreign_keys=true&busy_timeout="
        + busyTimeoutMillis
        + "&transaction_mode=IMMEDIATE";
  }

  /** The SQLite file as an absolute path. */
  public Path sqliteFile() {
    return Path.of(file).toAbsolutePath().normalize();
  }

  public int effectivePoolSize() {
    if (poolSize != null) {
      return poolSize;
    }
    return kind() == DatabaseKind.SQLITE ? 4 : 10;
  }

  public String getFile() {
    return file;
  }

  public void setFile(String file) {
    this.file = file;
  }

  @Nullable
  public String getUrl() {
    return url;
  }

  public void setUrl(@Nullable String url) {
    this.url = url;
  }

  @Nullable
  public String getUser() {
    return user;
  }

  public void setUser(@Nullable String user) {
    this.user = user;
  }

  @Nullable
  public String getPassword() {
    return password;
  }

  public void setPassword(@Nullable String password) {
    this.password = password;
  }

  @Nullable
  public Integer getPoolSize() {
    return poolSize;
  }

  public void setPoolSize(@Nullable Integer poolSize) {
    this.poolSize = poolSize;
  }

  public int getBusyTimeoutMillis() {
    return busyTimeoutMillis;
  }

  public void setBusyTimeoutMillis(int busyTimeoutMillis) {
    this.busyTimeoutMillis = busyTimeoutMillis;
  }
}
