package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * {@link ReferenceNumbers} kept in {@code reference_sequence}, one row per prefix and year, taken
 * in one statement (an upsert that answers the new value; SQLite and PostgreSQL both have {@code ON
 * CONFLICT ... RETURNING}). Joins the caller's transaction and write-locks the row until it ends,
 * so no two callers get the same number; a number taken by a transaction that rolls back is handed
 * out again, so numbers of stored cases never repeat and gaps stay rare.
 */
@Singleton
public class JdbcReferenceNumbers implements ReferenceNumbers {
  private static final String NEXT =
      "INSERT INTO reference_sequence (prefix, year, last_value) VALUES (?, ?, 1)"
          + " ON CONFLICT (prefix, year) DO UPDATE SET last_value = reference_sequence.last_value + 1"
          + " RETURNING last_value";

  private final SqlStatements sql;

  public JdbcReferenceNumbers(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public long next(String prefix, int year) {
    return sql.query(NEXT, row -> row.getLong(1), prefix, year).get(0);
  }
}
