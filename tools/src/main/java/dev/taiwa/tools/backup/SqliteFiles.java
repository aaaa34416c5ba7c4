package dev.taiwa.tools.backup;

import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.tools.ToolFailure;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The embedded SQLite database as files: where the configured one lives, plain JDBC connections to
 * it or to a copy, and the checks a copy must pass (SQLite's integrity check, the audit chain).
 */
@Singleton
public final class SqliteFiles {
  private static final String BUSY_TIMEOUT_MILLIS = "30000";

  private final Environment environment;

  SqliteFiles(Environment environment) {
    this.environment = environment;
  }

  /**
   * The configured SQLite file; on PostgreSQL a failure that names pg_dump / pg_restore, which is
   * how its backups are made (see the README).
   */
  public Path configuredFile(String command) {
    String url = environment.getProperty("taiwa.database.url", String.class).orElse("");
    if (url.startsWith("jdbc:postgresql:")) {
      throw new ToolFailure(
          "taiwa "
              + command
              + " is for the embedded SQLite database; on PostgreSQL use pg_dump / pg_restore"
              + " (see the README)");
    }
    if (url.startsWith("jdbc:sqlite:")) {
      String path = url.substring("jdbc:sqlite:".length());
      int parameters = path.indexOf('?');
      return Path.of(parameters < 0 ? path : path.substring(0, parameters)).toAbsolutePath();
    }
    return Path.of(environment.getProperty("taiwa.database.file", String.class).orElseThrow())
        .toAbsolutePath()
        .normalize();
  }

  /** A plain connection to {@code file}, waiting for locks rather than failing at once. */
  public static Connection open(Path file) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("busy_timeout", BUSY_TIMEOUT_MILLIS);
    return DriverManager.getConnection("jdbc:sqlite:" + file, properties);
  }

  /** SQLite's {@code PRAGMA integrity_check} on {@code file}: {@code ok}, or what it found. */
  public static String integrityCheck(Path file) throws SQLException {
    try (Connection connection = open(file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      StringBuilder found = new StringBuilder();
      while (result.next()) {
        found.append(found.length() == 0 ? "" : "; ").append(result.getString(1));
      }
      return found.toString();
    }
  }

  /** The number {@code sql} counts in {@code file}. */
  public static long count(Path file, String sql) throws SQLException {
    try (Connection connection = open(file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * The audit chain of the database in {@code file}, verified by the service's own adapter on a
   * context of its own, without migrations and without recording the verification, so the file
   * stays as it was taken.
   */
  public static ChainVerification verifyChain(Path file) {
    try (ApplicationContext context =
        ApplicationContext.builder()
            .environments("cli")
            .deduceEnvironment(false)
            .properties(
                Map.of(
                    "taiwa.database.file",
                    file.toString(),
                    "taiwa.database.url",
                    "jdbc:sqlite:" + file,
                    "flyway.datasources.default.enabled",
                    false))
            .start()) {
      return context.getBean(AuditTrail.class).verifyWithoutRecording();
    }
  }

  /** A one-line verdict on a chain. */
  public static String describe(ChainVerification verification) {
    return verification
        .firstBroken()
        .map(b -> "BROKEN at event " + b.sequence() + ": " + b.problem())
        .orElse("OK: " + verification.eventsChecked() + " events verified");
  }
}
