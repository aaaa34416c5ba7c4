package dev.taiwa.service.persistence.audit;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Appends to and reads {@code audit_event}; the table refuses updates and deletes itself. */
public interface AuditEventRepository extends GenericRepository<AuditEventRow, Long> {
  AuditEventRow save(AuditEventRow row);

  /** Inserts {@code rows} in one batch. */
  List<AuditEventRow> saveAll(Iterable<AuditEventRow> rows);

  @Query("SELECT * FROM audit_event WHERE case_id IN (:caseIds) ORDER BY sequence")
  List<AuditEventRow> findByCasesOldestFirst(Collection<String> caseIds);

  @Query("SELECT * FROM audit_event WHERE case_id = :caseId ORDER BY sequence")
  List<AuditEventRow> findByCaseOldestFirst(String caseId);

  @Query("SELECT * FROM audit_event WHERE sequence > :after ORDER BY sequence LIMIT :limit")
  List<AuditEventRow> findBatchAfter(long after, int limit);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends AuditEventRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends AuditEventRepository {}
}
