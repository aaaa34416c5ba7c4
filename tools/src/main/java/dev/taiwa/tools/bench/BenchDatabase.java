package dev.taiwa.tools.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the benchmark's dataset lives: a SQLite file in the working folder, or a PostgreSQL
 * database: one given by URL, or an embedded one (zonky) whose data folder is kept in the working
 * folder so that a second run reuses it.
 */
final class BenchDatabase implements AutoCloseable {
  private final String kind;
  private final Map<String, Object> properties;
  private final EmbeddedPostgres embedded;

  private BenchDatabase(String kind, Map<String, Object> properties, EmbeddedPostgres embedded) {
    this.kind = kind;
    this.properties = properties;
    this.embedded = embedded;
  }

  static BenchDatabase sqlite(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new BenchDatabase(
        "SQLite", Map.of("taiwa.database.file", folder.resolve("taiwa.db").toString()), null);
  }

  static BenchDatabase postgres(String url, String user, String password) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("taiwa.database.url", url);
    if (user != null) {
      properties.put("taiwa.database.user", user);
    }
    if (password != null) {
      properties.put("taiwa.database.password", password);
    }
    return new BenchDatabase("PostgreSQL", properties, null);
  }

  static BenchDatabase embeddedPostgres(Path folder) throws IOException {
    Path data = folder.resolve("postgres");
    Files.createDirectories(data);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setServerConfig("max_connections", "100")
            .start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    BenchDatabase database = postgres(url, "postgres", null);
    return new BenchDatabase("PostgreSQL (embedded)", database.properties, postgres);
  }

  /** "SQLite" or "PostgreSQL ...", for the table. */
  String kind() {
    return kind;
  }

  /** The settings that point an application context at this database. */
  Map<String, Object> properties() {
    return properties;
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
