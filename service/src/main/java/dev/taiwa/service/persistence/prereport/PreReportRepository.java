package dev.taiwa.service.persistence.prereport;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rows of {@code pre_report} and {@code pre_report_technology}. The optimistic update and the
 * filtered list are hand-written SQL in {@link PreReportStatements}.
 */
public interface PreReportRepository extends GenericRepository<PreReportRow, String> {
  Optional<PreReportRow> findById(String id);

  List<PreReportRow> findByIdIn(Collection<String> ids);

  PreReportRow save(PreReportRow row);

  @Query("DELETE FROM pre_report_technology WHERE report_id = :reportId")
  void deleteTechnologies(String reportId);

  @Query(
      "SELECT report_id, position, technology_number FROM pre_report_technology"
          + " WHERE report_id IN (:reportIds) ORDER BY report_id, position")
  List<PreReportTechnologyRow> findTechnologies(Collection<String> reportIds);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends PreReportRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends PreReportRepository {}
}
