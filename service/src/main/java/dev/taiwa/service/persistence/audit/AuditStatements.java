package dev.taiwa.service.persistence.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs the hand-written audit search on the caller's connection and transaction. */
@Singleton
class AuditStatements {
  private final JdbcOperations jdbc;

  AuditStatements(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  List<AuditEventRow> select(AuditSearchSql.Statement query) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          List<AuditEventRow> rows = new ArrayList<>();
          try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
              rows.add(jdbc.readEntity(resultSet, AuditEventRow.class));
            }
          }
          return rows;
        });
  }

  long count(AuditSearchSql.Statement query) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          try (ResultSet resultSet = statement.executeQuery()) {
            resultSet.next();
            return resultSet.getLong(1);
          }
        });
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof String text) {
        statement.setString(i + 1, text);
      } else if (value instanceof Long number) {
        statement.setLong(i + 1, number);
      } else if (value instanceof Integer number) {
        statement.setInt(i + 1, number);
      } else {
        throw new IllegalArgumentException("cannot bind " + value);
      }
    }
  }
}
