package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class DatabaseSelectionTest extends DatabaseTest {
  @Inject DatabaseSettings settings;
  @Inject DataSource dataSource;
  @Inject UnitOfWork unitOfWork;

  @Test
  void theServiceRunsOnTheDatabaseThisTestRunTargets() throws Exception {
    DatabaseKind expected = TestDatabase.isPostgres() ? DatabaseKind.POSTGRES : DatabaseKind.SQLITE;
    String expectedProduct = TestDatabase.isPostgres() ? "PostgreSQL" : "SQLite";

    String product =
        unitOfWork.readOnly(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                return connection.getMetaData().getDatabaseProductName();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    assertEquals(expected, settings.kind());
    assertEquals(expectedProduct, product);
  }

  @Test
  void theSqliteFileIsCreatedWithTheDirectoryItLivesIn() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "SQLite only");

    assertTrue(Files.isRegularFile(settings.sqliteFile()));
  }

  @Test
  void theSqliteUrlAsksForWalForeignKeysABusyTimeoutAndImmediateWrites() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "SQLite only");

    String url = settings.jdbcUrl();

    assertTrue(url.startsWith("jdbc:sqlite:" + settings.sqliteFile()), url);
    assertTrue(url.contains("journal_mode=WAL"), url);
    assertTrue(url.contains("foreign_keys=true"), url);
    assertTrue(url.contains("busy_timeout=10000"), url);
    assertTrue(url.contains("transaction_mode=IMMEDIATE"), url);
  }

  @Test
  void aUrlOfNeitherDatabaseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseKind.ofUrl("jdbc:h2:mem:x"));
  }

  @Test
  void aPostgresUrlSelectsPostgresAndNoUrlSelectsSqlite() {
    assertEquals(DatabaseKind.POSTGRES, DatabaseKind.ofUrl("jdbc:postgresql://db:5432/taiwa"));
    assertEquals(DatabaseKind.SQLITE, DatabaseKind.ofUrl(null));
    assertEquals(DatabaseKind.SQLITE, DatabaseKind.ofUrl(" "));
  }
}
