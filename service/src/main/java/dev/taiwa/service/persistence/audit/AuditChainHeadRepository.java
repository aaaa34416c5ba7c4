package dev.taiwa.service.persistence.audit;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * The chain head. {@link #advance()} is an append's first statement: it write-locks the row (on
 * PostgreSQL) or the database (on SQLite) until the appender's transaction ends, so appenders run
 * one after another and the chain never forks.
 */
public interface AuditChainHeadRepository extends GenericRepository<AuditChainHeadRow, Integer> {
  @Query("UPDATE audit_chain_head SET last_sequence = last_sequence + 1 WHERE id = 1")
  void advance();

  /** {@link #advance()} by {@code count} events at once (a batch append). */
  @Query("UPDATE audit_chain_head SET last_sequence = last_sequence + :count WHERE id = 1")
  void advanceBy(long count);

  @Query("SELECT * FROM audit_chain_head WHERE id = 1")
  Optional<AuditChainHeadRow> current();

  @Query("UPDATE audit_chain_head SET last_hash = :hash WHERE id = 1")
  void recordHash(String hash);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends AuditChainHeadRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends AuditChainHeadRepository {}
}
