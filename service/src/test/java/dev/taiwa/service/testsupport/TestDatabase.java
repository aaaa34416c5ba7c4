package dev.taiwa.service.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * A fresh, empty database for one test class, on the database the test run targets.
 *
 * <p>The system property {@code taiwa.test.database} chooses: {@code sqlite} (the default) gives a
 * new SQLite file in a new temporary directory; {@code postgres} starts one embedded PostgreSQL per
 * JVM (zonky, no Docker) and creates a new database in it for every call. The service's {@code mvn
 * verify} runs the whole test suite twice, once per value (see the surefire executions in {@code
 * service/pom.xml}), so any test that takes its properties from here runs on both.
 *
 * <p>Use it through {@link DatabaseTest} for {@code @MicronautTest} classes, or pass {@link
 * #freshProperties()} to {@code ApplicationContext.run(...)} / {@code EmbeddedServer} yourself:
 *
 * <pre>{@code
 * @MicronautTest(transactional = false)   // never let a test transaction hold SQLite's lock
 * class PreReportHttpTest extends DatabaseTest {
 *   @Inject @Client("/") HttpClient client;
 *   ...
 * }
 * }</pre>
 */
public final class TestDatabase {
  /** The system property naming the database of this test run. */
  public static final String SELECTOR = "taiwa.test.database";

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabase() {}

  /** True when this run targets PostgreSQL. */
  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty(SELECTOR, "sqlite").toLowerCase(Locale.ROOT));
  }

  /** Configuration properties pointing Taiwa at a new empty database. */
  public static Map<String, String> freshProperties() {
    return isPostgres() ? freshPostgres() : freshSqlite();
  }

  private static Map<String, String> freshSqlite() {
    try {
      Path directory = Files.createTempDirectory("taiwa-test-");
      // A directory that does not exist yet: the service must create it.
      Path file = directory.resolve("data").resolve("taiwa.db");
      return Map.of("taiwa.database.file", file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new database on the shared embedded PostgreSQL whatever this run targets: its JDBC URL, user
   * and password under the keys {@code url}, {@code user} and {@code password}.
   */
  public static Map<String, String> freshPostgresDatabase() {
    Map<String, String> properties = freshPostgres();
    return Map.of(
        "url", properties.get("taiwa.database.url"),
        "user", properties.get("taiwa.database.user"),
        "password", properties.get("taiwa.database.password"));
  }

  private static Map<String, String> freshPostgres() {
    EmbeddedPostgres postgres = SharedPostgres.INSTANCE.server();
    String name = "taiwa_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return Map.of(
        "taiwa.database.url", postgres.getJdbcUrl("postgres", name),
        "taiwa.database.user", "postgres",
        "taiwa.database.password", "postgres");
  }

  /**
   * Migrates the database of {@code properties} (as {@link #freshProperties()} made them) with the
   * service's migrations up to {@code version} only, as an older release left it; its JDBC URL,
   * user and password (both null on SQLite).
   */
  public static String[] migratedTo(Map<String, ?> properties, String version) throws IOException {
    String[] database;
    if (isPostgres()) {
      database =
          new String[] {
            (String) properties.get("taiwa.database.url"),
            (String) properties.get("taiwa.database.user"),
            (String) properties.get("taiwa.database.password")
          };
    } else {
      Path file = Path.of((String) properties.get("taiwa.database.file"));
      Files.createDirectories(file.getParent());
      database = new String[] {"jdbc:sqlite:" + file + "?foreign_keys=true", null, null};
    }
    Flyway.configure()
        .dataSource(database[0], database[1], database[2])
        .locations(isPostgres() ? "classpath:db/postgres" : "classpath:db/sqlite")
        .target(version)
        .load()
        .migrate();
    return database;
  }
}
