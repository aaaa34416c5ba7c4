package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The three steps of taking the next reference number, each portable SQL; run them in one
 * transaction. The UPDATE locks the row until the transaction ends, so no two callers get the same
 * number.
 */
public interface ReferenceSequenceRepository
    extends GenericRepository<ReferenceSequenceRow, ReferenceSequenceRow.Key> {

  @Query(
      "INSERT INTO reference_sequence (prefix, year, last_value) VALUES (:prefix, :year, 0)"
          + " ON CONFLICT (prefix, year) DO NOTHING")
  void createIfMissing(String prefix, int year);

  @Query(
      "UPDATE reference_sequence SET last_value = last_value + 1"
          + " WHERE prefix = :prefix AND year = :year")
  void increment(String prefix, int year);

  @Query("SELECT last_value FROM reference_sequence WHERE prefix = :prefix AND year = :year")
  long lastValue(String prefix, int year);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends ReferenceSequenceRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends ReferenceSequenceRepository {}
}
