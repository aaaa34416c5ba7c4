package dev.taiwa.service.persistence.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Loads SQLite's native library on a thread of its own, once per JVM, as soon as an application
 * context is being built: sqlite-jdbc unpacks it to the temporary folder and compares it on every
 * start, which took ~7 % of the main thread's samples. Meanwhile the main thread reads the
 * configuration and the bean definitions; when its first connection reaches the loader, the library
 * is loaded or it waits for it (the loader is synchronized and loads once), never twice. The same
 * thread then makes a connection's settings once ({@link SQLiteConfig}): their date format sets up
 * the JDK's calendar and locale data, 4 % of the main thread's samples when the first connection
 * did it; the format is cached, so the first connection finds it made. Skipped when a PostgreSQL
 * URL is given by environment or system property (a configuration file is not read this early: then
 * the library is loaded in vain, off the main thread). A failure here is only logged: the first
 * connection then loads the library itself and reports. See README, "Starting fast".
 */
@ContextConfigurer
public final class SqliteLibraryWarmUp implements ApplicationContextConfigurer {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteLibraryWarmUp.class);
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  @Override
  public void configure(ApplicationContextBuilder builder) {
    if (!onSqlite(System.getenv("TAIWA_DATABASE_URL"))
        || !onSqlite(System.getProperty(DatabaseKind.URL_PROPERTY))
        || !STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(SqliteLibraryWarmUp::load, "sqlite-library-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static void load() {
    try {
      SQLiteJDBCLoader.initialize();
      new SQLiteConfig();
    } catch (Exception | LinkageError e) {
      LOG.debug("Loading SQLite's native library ahead failed; the first connection loads it", e);
    }
  }

  private static boolean onSqlite(String url) {
    return url == null || url.isBlank() || url.startsWith("jdbc:sqlite:");
  }
}
