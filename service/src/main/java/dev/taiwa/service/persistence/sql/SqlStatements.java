package dev.taiwa.service.persistence.sql;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Runs hand-written statements on the caller's connection and transaction. */
@Singleton
public class SqlStatements {
  private final JdbcOperations jdbc;

  SqlStatements(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The rows the query selects, each read as a {@code @MappedEntity} of {@code type}. */
  public <R> List<R> select(SqlStatement query, Class<R> type) {
    return select(query, row -> jdbc.readEntity(row, type));
  }

  /** The rows the query selects, each read by {@code reader}. */
  public <T> List<T> select(SqlStatement query, RowReader<T> reader) {
    return jdbc.prepareStatement(
        query.sql(),
        statement -> {
          bind(statement, query.parameters());
          List<T> rows = new ArrayList<>();
          try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
              rows.add(reader.read(resultSet));
            }
          }
          return rows;
        });
  }

  /** The single number a {@code SELECT COUNT(*)} answers. */
  public long count(SqlStatement query) {
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

  /** Reads one row of a result set into a value. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** The rows {@code sql} selects, each read by {@code reader}. */
  public <T> List<T> query(String sql, RowReader<T> reader, Object... values) {
    return select(new SqlStatement(sql, Arrays.asList(values)), reader);
  }

  /** Runs an INSERT, UPDATE or DELETE given as text and values; the number of rows touched. */
  public int update(String sql, Object... values) {
    return update(new SqlStatement(sql, Arrays.asList(values)));
  }

  /**
   * Runs one INSERT, UPDATE or DELETE for each of {@code rows} as one JDBC batch: the statement is
   * prepared once. Answers the rows touched in all.
   */
  public int batch(String sql, List<List<Object>> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    return jdbc.prepareStatement(
        sql,
        statement -> {
          PreparedStatement pooled = pooled(statement);
          for (List<Object> row : rows) {
            bindOn(pooled, row);
            pooled.addBatch();
          }
          int touched = 0;
          for (int count : statement.executeBatch()) {
            touched += Math.max(0, count);
          }
          return touched;
        });
  }

  /** {@code ?, ?, ?} for an IN list of {@code values}. */
  public static String placeholders(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }

  /** Runs an INSERT, UPDATE or DELETE; the number of rows it touched. */
  public int update(SqlStatement change) {
    return jdbc.prepareStatement(
        change.sql(),
        statement -> {
          bind(statement, change.parameters());
          return statement.executeUpdate();
        });
  }

  /**
   * The pool's statement under {@code statement}, for binding parameters and adding batches: the
   * data source's statements are proxies that run hooks around each execution (ExecutionHooks), and
   * every other call through them is a reflective call, a few microseconds a row for an import that
   * binds about sixty values a row. Executions still go through {@code statement}.
   */
  private static PreparedStatement pooled(PreparedStatement statement) throws SQLException {
    return statement.isWrapperFor(PreparedStatement.class)
        ? statement.unwrap(PreparedStatement.class)
        : statement;
  }

  private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    if (!values.isEmpty()) {
      bindOn(pooled(statement), values);
    }
  }

  private static void bindOn(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      int index = i + 1;
      if (value == null) {
        statement.setNull(index, Types.VARCHAR);
      } else if (value instanceof SqlNull typed) {
        statement.setNull(index, typed.sqlType());
      } else if (value instanceof String text) {
        statement.setString(index, text);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else if (value instanceof byte[] bytes) {
        statement.setBytes(index, bytes);
      } else {
        throw new IllegalArgumentException("cannot bind " + value.getClass());
      }
    }
  }
}
