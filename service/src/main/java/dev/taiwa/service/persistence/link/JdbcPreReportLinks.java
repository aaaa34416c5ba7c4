package dev.taiwa.service.persistence.link;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.link.model.PreReportLink;
import dev.taiwa.cases.patent.link.port.PreReportLinks;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link PreReportLinks} in {@code patent_pre_report_link}, with portable hand-written SQL. */
@Singleton
public class JdbcPreReportLinks implements PreReportLinks {
  private final SqlStatements sql;

  JdbcPreReportLinks(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Optional<PreReportLink> find(CaseId applicationId, CaseId preReportId) {
    return sql
        .query(
            "SELECT * FROM patent_pre_report_link WHERE application_id = ? AND pre_report_id = ?",
            JdbcPreReportLinks::row,
            applicationId.toString(),
            preReportId.toString())
        .stream()
        .findFirst();
  }

  @Override
  @Transactional
  public void insert(PreReportLink link) {
    sql.update(
        "INSERT INTO patent_pre_report_link (application_id, pre_report_id, note, linked_at,"
            + " linked_by) VALUES (?, ?, ?, ?, ?)",
        link.applicationId().toString(),
        link.preReportId().toString(),
        link.note(),
        link.linkedAt().toEpochMilli(),
        link.linkedBy().toString());
  }

  @Override
  @Transactional
  public boolean delete(CaseId applicationId, CaseId preReportId) {
    return sql.update(
            "DELETE FROM patent_pre_report_link WHERE application_id = ? AND pre_report_id = ?",
            applicationId.toString(),
            preReportId.toString())
        == 1;
  }

  @Override
  @ReadOnly
  public List<PreReportLink> ofApplications(Collection<CaseId> applicationIds) {
    return of("application_id", applicationIds);
  }

  @Override
  @ReadOnly
  public List<PreReportLink> ofPreReports(Collection<CaseId> preReportIds) {
    return of("pre_report_id", preReportIds);
  }

  private List<PreReportLink> of(String column, Collection<CaseId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().map(CaseId::toString).distinct().toList();
    return sql.query(
        "SELECT * FROM patent_pre_report_link WHERE "
            + column
            + " IN ("
            + SqlStatements.placeholders(keys)
            + ") ORDER BY linked_at, application_id, pre_report_id",
        JdbcPreReportLinks::row,
        keys.toArray());
  }

  private static PreReportLink row(ResultSet r) throws SQLException {
    return new PreReportLink(
        CaseId.parse(r.getString("application_id")),
        CaseId.parse(r.getString("pre_report_id")),
        r.getString("note"),
        Instant.ofEpochMilli(r.getLong("linked_at")),
        new UserId(UUID.fromString(r.getString("linked_by"))));
  }
}
