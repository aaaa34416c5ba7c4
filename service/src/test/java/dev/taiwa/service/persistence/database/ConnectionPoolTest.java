package dev.taiwa.service.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The pool as each database gets it by default: on SQLite 4 connections (one writer at a time,
 * readers beside it), on PostgreSQL 2 × cores + 1; and on PostgreSQL the driver's statement cache:
 * a statement the service runs again is parsed and planned once on the server, however many times
 * it is prepared anew.
 */
@MicronautTest(transactional = false, startApplication = false)
class ConnectionPoolTest extends DatabaseTest {
  private static final String REPEATED = "SELECT COUNT(*) FROM audit_event WHERE sequence > ?";

  @Inject DataSource dataSource;
  @Inject UnitOfWork unitOfWork;

  @Inject
  @Named("default")
  DatasourceConfiguration pool;

  @Test
  void thePoolIsSizedForTheDatabase() {
    int expected =
        TestDatabase.isPostgres() ? 2 * Runtime.getRuntime().availableProcessors() + 1 : 4;

    assertEquals(expected, pool.getMaximumPoolSize());
  }

  @Test
  void onPostgresAStatementRunAgainIsPreparedOnceOnTheServer() {
    Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");

    long prepared =
        unitOfWork.readOnly(
            () -> {
              try (Connection connection = dataSource.getConnection()) {
                for (int run = 0; run < 3; run++) {
                  try (PreparedStatement statement = connection.prepareStatement(REPEATED)) {
                    statement.setLong(1, run);
                    statement.executeQuery().close();
                  }
                }
                try (Statement statement = connection.createStatement();
                    ResultSet result =
                        statement.executeQuery(
                            "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement ="
                                + " 'SELECT COUNT(*) FROM audit_event WHERE sequence > $1'")) {
                  result.next();
                  return result.getLong(1);
                }
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });

    assertEquals(1, prepared);
  }
}
