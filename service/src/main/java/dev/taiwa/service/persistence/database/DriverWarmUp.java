package dev.taiwa.service.persistence.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads what the first connection and the migrations need on a thread of its own, once per JVM, as
 * soon as an application context is being built: Flyway's plugins (its configuration loads them)
 * and, unless a PostgreSQL URL is given by environment or system property (a configuration file is
 * not read this early), SQLite's native library (sqlite-jdbc unpacks it to the temporary folder and
 * compares it on every start). Meanwhile the main thread reads the configuration and the bean
 * definitions; when it reaches the data source, the work is done or it waits for it (class
 * initialisation and the native loader are locked), never does it twice. A failure here is only
 * logged: the main thread then does the same work and reports. See README, "Starting fast".
 */
@ContextConfigurer
public final class DriverWarmUp implements ApplicationContextConfigurer {
  private static final Logger LOG = LoggerFactory.getLogger(DriverWarmUp.class);
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  @Override
  public void configure(ApplicationContextBuilder builder) {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(DriverWarmUp::warmUp, "database-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static void warmUp() {
    try {
      Flyway.configure(DriverWarmUp.class.getClassLoader());
      if (onSqlite(System.getenv("TAIWA_DATABASE_URL"))
          && onSqlite(System.getProperty(DatabaseKind.URL_PROPERTY))) {
        SQLiteJDBCLoader.initialize();
      }
    } catch (Exception | LinkageError e) {
      LOG.debug("Loading the database drivers ahead failed; the first connection loads them", e);
    }
  }

  private static boolean onSqlite(String url) {
    return url == null || url.isBlank() || url.startsWith("jdbc:sqlite:");
  }
}
