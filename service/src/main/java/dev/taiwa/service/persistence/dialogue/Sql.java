package dev.taiwa.service.persistence.dialogue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Plain, portable SQL of the dialogue tables on the caller's connection and transaction: the same
 * statements run on SQLite and PostgreSQL.
 */
@Singleton
class Sql {
  private final JdbcOperations jdbc;

  Sql(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Reads one row of a result set. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  int update(String sql, Object... values) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, values);
          return statement.executeUpdate();
        });
  }

  <T> List<T> query(String sql, RowReader<T> reader, Object... values) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          bind(statement, values);
          List<T> rows = new ArrayList<>();
          try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
              rows.add(reader.read(resultSet));
            }
          }
          return rows;
        });
  }

  /** {@code ?, ?, ?} for an IN list of {@code values}. */
  static String placeholders(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      int index = i + 1;
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else if (value instanceof String text) {
        statement.setString(index, text);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else {
        throw new IllegalArgumentException("cannot bind " + value.getClass());
      }
    }
  }
}
