package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.database.DatabaseSettings;
import dev.taiwa.service.persistence.database.OnPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL: hears every change of a user account, wherever it was made (any node, {@code taiwa
 * users}, SQL by hand: the trigger of V46 notifies {@value #CHANNEL} with the account's id in the
 * changing transaction, delivered when it commits), on a connection of its own outside the pool,
 * and drops the account from {@link CallerAccountCache}. Started by the first caller check. When
 * the connection fails, the cache stops answering until listening works again.
 */
@OnPostgres
@Singleton
final class AccountChangeListener {
  static final String CHANNEL = "taiwa_account_changed";
  private static final Logger LOG = LoggerFactory.getLogger(AccountChangeListener.class);

  /** How long one wait for notifications lasts before the connection is checked. */
  private static final int WAIT_MILLIS = 10_000;

  /** How long to wait before connecting again after a failure. */
  private static final long RETRY_MILLIS = 1_000;

  private final DatabaseSettings settings;
  private final CallerAccountCache cache;
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean closed;
  private volatile Connection connection;
  private Thread thread;

  AccountChangeListener(DatabaseSettings settings, CallerAccountCache cache) {
    this.settings = settings;
    this.cache = cache;
  }

  /** Starts listening on a thread of its own, once. */
  void start() {
    if (started.get() || !started.compareAndSet(false, true)) {
      return;
    }
    thread = new Thread(this::listen, "account-changes");
    thread.setDaemon(true);
    thread.start();
  }

  @PreDestroy
  void close() {
    closed = true;
    cache.stopHearing();
    Connection open = connection;
    if (open != null) {
      try {
        open.close();
      } catch (SQLException e) {
        LOG.debug("closing the account-changes connection", e);
      }
    }
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void listen() {
    boolean failedBefore = false;
    while (!closed) {
      try (Connection open = connect()) {
        connection = open;
        try (Statement listen = open.createStatement()) {
          listen.execute("LISTEN " + CHANNEL);
        }
        cache.startHearing();
        if (failedBefore) {
          LOG.info("Hearing account changes again");
        }
        hear(open.unwrap(PGConnection.class), open);
      } catch (SQLException | RuntimeException e) {
        cache.stopHearing();
        if (closed) {
          return;
        }
        if (!failedBefore) {
          LOG.warn("Not hearing account changes; every request reads its caller's account", e);
        }
        failedBefore = true;
        try {
          Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
          return;
        }
      } finally {
        connection = null;
      }
    }
  }

  private void hear(PGConnection notifications, Connection open) throws SQLException {
    while (!closed) {
      PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
      if (heard == null || heard.length == 0) {
        if (!open.isValid(5)) {
          throw new SQLException("the account-changes connection is no longer valid");
        }
        continue;
      }
      for (PGNotification change : heard) {
        forget(change.getParameter());
      }
    }
  }

  private void forget(String id) {
    try {
      cache.forget(UserId.parse(id));
    } catch (IllegalArgumentException e) {
      LOG.warn("An account change named no account id ({}): forgetting every account", id);
      cache.forgetAll();
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    if (settings.getUser() != null) {
      properties.setProperty("user", settings.getUser());
    }
    if (settings.getPassword() != null) {
      properties.setProperty("password", settings.getPassword());
    }
    properties.setProperty("ApplicationName", "taiwa account changes");
    return DriverManager.getConnection(settings.jdbcUrl(), properties);
  }
}
