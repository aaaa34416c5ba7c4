package dev.taiwa.service.persistence.database;

/**
 * Which database Taiwa runs on. SQLite is the default; a {@code jdbc:postgresql:} URL in {@code
 * taiwa.database.url} switches the driver, the migrations and the repository dialect to PostgreSQL.
 */
public enum DatabaseKind {
  SQLITE("classpath:db/sqlite"),
  POSTGRES("classpath:db/postgres");

  /** The property whose value decides the database. */
  public static final String URL_PROPERTY = "taiwa.database.url";

  private final String migrationLocation;

  DatabaseKind(String migrationLocation) {
    this.migrationLocation = migrationLocation;
  }

  /** The database a configured URL names; no URL (null or blank) means the SQLite file. */
  public static DatabaseKind ofUrl(String url) {
    if (url == null || url.isBlank() || url.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    throw new IllegalArgumentException(
        URL_PROPERTY + " must be a jdbc:postgresql: or jdbc:sqlite: URL, not " + url);
  }

  /** Where this database's Flyway migrations live. */
  public String migrationLocation() {
    return migrationLocation;
  }
}
