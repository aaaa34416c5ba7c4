package dev.taiwa.service.persistence.sql;

import java.util.List;

/**
 * SQL text with its positional parameters: strings, longs, ints, nulls, or {@link SqlNull} where
 * the database must know the type of a null.
 */
public record SqlStatement(String sql, List<Object> parameters) {
  public SqlStatement {
    parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
  }
}
