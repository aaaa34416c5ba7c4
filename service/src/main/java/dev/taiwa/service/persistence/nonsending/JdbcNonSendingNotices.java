package dev.taiwa.service.persistence.nonsending;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import dev.taiwa.cases.patent.nonsending.port.NonSendingNotices;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link NonSendingNotices} in {@code patent_non_sending_notice}, portable hand-written SQL. */
@Singleton
public class JdbcNonSendingNotices implements NonSendingNotices {
  private final SqlStatements sql;

  JdbcNonSendingNotices(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Optional<NonSendingNotice> find(CaseId caseId) {
    return sql
        .query(
            "SELECT * FROM patent_non_sending_notice WHERE case_id = ?",
            JdbcNonSendingNotices::row,
            caseId.toString())
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public Map<CaseId, NonSendingNotice> findAll(Collection<CaseId> caseIds) {
    Map<CaseId, NonSendingNotice> found = new LinkedHashMap<>();
    if (caseIds.isEmpty()) {
      return found;
    }
    Object[] ids = caseIds.stream().map(CaseId::toString).distinct().toArray();
    sql.query(
            "SELECT * FROM patent_non_sending_notice WHERE case_id IN ("
                + String.join(", ", Collections.nCopies(ids.length, "?"))
                + ")",
            JdbcNonSendingNotices::row,
            ids)
        .forEach(notice -> found.put(notice.caseId(), notice));
    return found;
  }

  @Override
  @Transactional
  public void insert(NonSendingNotice notice) {
    sql.update(
        "INSERT INTO patent_non_sending_notice (case_id, requested_at, requested_by)"
            + " VALUES (?, ?, ?)",
        notice.caseId().toString(),
        notice.requestedAt().toEpochMilli(),
        notice.requestedBy().toString());
  }

  @Override
  @Transactional
  public void update(NonSendingNotice notice) {
    int changed =
        sql.update(
            "UPDATE patent_non_sending_notice SET issued_on = ?, issued_by = ? WHERE case_id = ?",
            notice.issuedOn().toString(),
            notice.issuedBy().toString(),
            notice.caseId().toString());
    if (changed != 1) {
      throw new IllegalStateException("no request for a notice of non-sending to update");
    }
  }

  private static NonSendingNotice row(ResultSet r) throws SQLException {
    String issuedOn = r.getString("issued_on");
    String issuedBy = r.getString("issued_by");
    return new NonSendingNotice(
        CaseId.parse(r.getString("case_id")),
        Instant.ofEpochMilli(r.getLong("requested_at")),
        new UserId(UUID.fromString(r.getString("requested_by"))),
        issuedOn == null ? null : LocalDate.parse(issuedOn),
        issuedBy == null ? null : new UserId(UUID.fromString(issuedBy)));
  }
}
