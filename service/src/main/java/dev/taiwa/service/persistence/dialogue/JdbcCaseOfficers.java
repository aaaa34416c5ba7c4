package dev.taiwa.service.persistence.dialogue;

import dev.taiwa.cases.dialogue.port.CaseOfficers;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link CaseOfficers} in {@code case_officer}: one row per assigned case. */
@Singleton
public class JdbcCaseOfficers implements CaseOfficers {
  private final SqlStatements sql;

  JdbcCaseOfficers(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Map<CaseId, UserId> findAll(Collection<CaseId> cases) {
    Map<CaseId, UserId> found = new HashMap<>();
    if (cases.isEmpty()) {
      return found;
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    sql.query(
            "SELECT case_id, officer_id FROM case_officer WHERE case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ")",
            row -> Map.entry(row.getString("case_id"), row.getString("officer_id")),
            ids)
        .forEach(e -> found.put(CaseId.parse(e.getKey()), UserId.parse(e.getValue())));
    return found;
  }

  @Override
  @Transactional
  public void assign(CaseId caseId, UserId officer, Instant at) {
    sql.update("DELETE FROM case_officer WHERE case_id = ?", caseId.toString());
    sql.update(
        "INSERT INTO case_officer (case_id, officer_id, assigned_at) VALUES (?, ?, ?)",
        caseId.toString(),
        officer.toString(),
        at.toEpochMilli());
  }
}
