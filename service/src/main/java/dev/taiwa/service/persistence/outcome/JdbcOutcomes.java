package dev.taiwa.service.persistence.outcome;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.port.Outcomes;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Outcomes} in {@code case_outcome}, the listed items in {@code case_outcome_item}. */
@Singleton
public class JdbcOutcomes implements Outcomes {
  private final SqlStatements sql;

  JdbcOutcomes(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(Outcome o) {
    sql.update(
        "INSERT INTO case_outcome (case_id, type, decided_on, summary, decided_by, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        o.caseId().toString(),
        o.type().name(),
        o.decidedOn().toString(),
        o.summary(),
        o.decidedBy().toString(),
        o.recordedAt().toEpochMilli());
    for (int i = 0; i < o.items().size(); i++) {
      sql.update(
          "INSERT INTO case_outcome_item (case_id, position, text) VALUES (?, ?, ?)",
          o.caseId().toString(),
          i,
          o.items().get(i));
    }
  }

  @Override
  @ReadOnly
  public Map<CaseId, Outcome> findByCases(Collection<CaseId> cases) {
    Map<CaseId, Outcome> found = new HashMap<>();
    if (cases.isEmpty()) {
      return found;
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    String in = " WHERE case_id IN (" + SqlStatements.placeholders(List.of(ids)) + ")";
    Map<String, List<String>> items = new HashMap<>();
    sql.query(
            "SELECT case_id, text FROM case_outcome_item" + in + " ORDER BY case_id, position",
            r -> Map.entry(r.getString("case_id"), r.getString("text")),
            ids)
        .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    sql.query(
            "SELECT case_id, type, decided_on, summary, decided_by, recorded_at FROM case_outcome"
                + in,
            r ->
                new Outcome(
                    CaseId.parse(r.getString("case_id")),
                    OutcomeType.valueOf(r.getString("type")),
                    LocalDate.parse(r.getString("decided_on")),
                    r.getString("summary"),
                    items.getOrDefault(r.getString("case_id"), List.of()),
                    UserId.parse(r.getString("decided_by")),
                    Instant.ofEpochMilli(r.getLong("recorded_at"))),
            ids)
        .forEach(o -> found.put(o.caseId(), o));
    return found;
  }
}
