package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Rows of {@code pre_report} and {@code pre_report_technology}. The batched insert and the
 * optimistic update are hand-written SQL in {@link PreReportStatements}; reads are {@link
 * PreReportReads}.
 */
public interface PreReportRepository extends GenericRepository<PreReportRow, String> {
  @Query("DELETE FROM pre_report_technology WHERE report_id = :reportId")
  void deleteTechnologies(String reportId);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends PreReportRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends PreReportRepository {}
}
