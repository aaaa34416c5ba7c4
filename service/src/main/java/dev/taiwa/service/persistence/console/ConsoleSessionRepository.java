package dev.taiwa.service.persistence.console;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Rows of {@code console_session}; one dialect-specific implementation per database. */
public interface ConsoleSessionRepository extends GenericRepository<ConsoleSessionRow, String> {
  Optional<ConsoleSessionRow> findById(String idHash);

  ConsoleSessionRow save(ConsoleSessionRow row);

  @Query(
      "UPDATE console_session SET last_seen_at = :when"
          + " WHERE id_hash = :idHash AND last_seen_at < :when")
  int touch(String idHash, long when);

  @Query("DELETE FROM console_session WHERE id_hash = :idHash")
  int remove(String idHash);

  @Query("DELETE FROM console_session WHERE last_seen_at <= :cutoff")
  int removeIdle(long cutoff);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends ConsoleSessionRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends ConsoleSessionRepository {}
}
