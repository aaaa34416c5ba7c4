package dev.taiwa.service.persistence.screening;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.screening.model.Disposition;
import dev.taiwa.cases.screening.model.HitToStore;
import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListSource;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.MatchedField;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningTrigger;
import dev.taiwa.cases.screening.model.StoredHit;
import dev.taiwa.cases.screening.model.SubjectField;
import dev.taiwa.cases.screening.model.Verdict;
import dev.taiwa.cases.screening.port.CaseScreenings;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link CaseScreenings} in {@code screening_hit} (V20). */
@Singleton
public class JdbcCaseScreenings implements CaseScreenings {
  private static final String COLUMNS =
      "id, case_id, list_version_id, source, entry_ref, entry_name, entry_aliases, entry_country,"
          + " entry_concern, entry_addresses, score, subject_name, subject_field, matched_name,"
          + " matched_field, screening_trigger, screened_at, verdict, verdict_reason, decided_by,"
          + " decided_at, carried_from_version, version";

  private final SqlStatements sql;
  private final JdbcOperations jdbc;

  public JdbcCaseScreenings(SqlStatements sql, JdbcOperations jdbc) {
    this.sql = sql;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public int record(CaseId caseId, List<HitToStore> hits, ScreeningTrigger trigger, Instant at) {
    if (hits.isEmpty()) {
      return 0;
    }
    return jdbc.prepareStatement(
        "INSERT INTO screening_hit ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
            + " ON CONFLICT (case_id, list_version_id, entry_ref) DO NOTHING",
        statement -> {
          int added = 0;
          for (HitToStore hit : hits) {
            bind(statement, caseId, hit.hit(), trigger, at);
            disposition(statement, hit.disposition());
            added += statement.executeUpdate();
          }
          return added;
        });
  }

  @Override
  @ReadOnly
  public List<StoredHit> ofCase(CaseId caseId) {
    return sql.query(
        "SELECT " + COLUMNS + " FROM screening_hit WHERE case_id = ? ORDER BY score DESC, id",
        JdbcCaseScreenings::read,
        caseId.toString());
  }

  @Override
  @ReadOnly
  public Map<CaseId, List<StoredHit>> ofCases(Collection<CaseId> caseIds) {
    Map<CaseId, List<StoredHit>> byCase = new HashMap<>();
    caseIds.forEach(id -> byCase.put(id, new java.util.ArrayList<>()));
    if (caseIds.isEmpty()) {
      return byCase;
    }
    sql.query(
            "SELECT "
                + COLUMNS
                + " FROM screening_hit WHERE case_id IN ("
                + SqlStatements.placeholders(caseIds)
                + ") ORDER BY score DESC, id",
            JdbcCaseScreenings::read,
            caseIds.stream().map(CaseId::toString).toArray())
        .forEach(h -> byCase.computeIfAbsent(h.caseId(), k -> new java.util.ArrayList<>()).add(h));
    return byCase;
  }

  @Override
  @ReadOnly
  public Optional<StoredHit> find(String hitId) {
    if (hitId == null) {
      return Optional.empty();
    }
    return sql
        .query(
            "SELECT " + COLUMNS + " FROM screening_hit WHERE id = ?",
            JdbcCaseScreenings::read,
            hitId)
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public java.util.Set<CaseId> casesWithHitsOf(ListVersionId version, Collection<CaseId> caseIds) {
    java.util.Set<CaseId> found = new java.util.HashSet<>();
    if (caseIds.isEmpty()) {
      return found;
    }
    List<Object> values = new java.util.ArrayList<>();
    values.add(version.value());
    caseIds.forEach(id -> values.add(id.toString()));
    sql.query(
            "SELECT DISTINCT case_id FROM screening_hit WHERE list_version_id = ? AND case_id IN ("
                + SqlStatements.placeholders(caseIds)
                + ")",
            row -> CaseId.parse(row.getString("case_id")),
            values.toArray())
        .forEach(found::add);
    return found;
  }

  @Override
  @Transactional
  public void dispose(StoredHit disposed) {
    Disposition d = disposed.disposition();
    int changed =
        sql.update(
            "UPDATE screening_hit SET verdict = ?, verdict_reason = ?, decided_by = ?,"
                + " decided_at = ?, carried_from_version = ?, version = ? WHERE id = ? AND version = ?",
            d.verdict().name(),
            d.reason(),
            d.decidedBy(),
            d.decidedAt().toEpochMilli(),
            d.carriedFromVersion(),
            disposed.version(),
            disposed.id(),
            disposed.version() - 1);
    if (changed != 1) {
      throw new ConcurrentChangeException("screening hit " + disposed.id() + " changed");
    }
  }

  private static void bind(
      PreparedStatement s, CaseId caseId, ScreeningHit hit, ScreeningTrigger trigger, Instant at)
      throws SQLException {
    ListEntry e = hit.entry();
    s.setString(1, UUID.randomUUID().toString());
    s.setString(2, caseId.toString());
    s.setString(3, hit.listVersion().value());
    s.setString(4, hit.source().name());
    s.setString(5, e.ref());
    s.setString(6, e.name());
    s.setString(7, String.join("\n", e.aliases()));
    text(s, 8, e.country());
    text(s, 9, e.concern());
    text(s, 10, e.addresses());
    s.setDouble(11, hit.score());
    s.setString(12, hit.subjectName());
    s.setString(13, hit.subjectField().name());
    s.setString(14, hit.entryName());
    s.setString(15, hit.entryField().name());
    s.setString(16, trigger.name());
    s.setLong(17, at.toEpochMilli());
  }

  /** Binds the columns 18–22: a new hit's disposition (a carried false positive) or nulls. */
  private static void disposition(PreparedStatement s, Disposition d) throws SQLException {
    text(s, 18, d == null ? null : d.verdict().name());
    text(s, 19, d == null ? null : d.reason());
    text(s, 20, d == null ? null : d.decidedBy());
    if (d == null) {
      s.setNull(21, Types.BIGINT);
    } else {
      s.setLong(21, d.decidedAt().toEpochMilli());
    }
    text(s, 22, d == null ? null : d.carriedFromVersion());
  }

  private static void text(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static StoredHit read(ResultSet row) throws SQLException {
    String aliases = row.getString("entry_aliases");
    ListEntry entry =
        new ListEntry(
            row.getString("entry_ref"),
            row.getString("entry_name"),
            aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split("\n")),
            row.getString("entry_country"),
            row.getString("entry_concern"),
            row.getString("entry_addresses"));
    ScreeningHit hit =
        new ScreeningHit(
            new ListVersionId(row.getString("list_version_id")),
            ListSource.valueOf(row.getString("source")),
            entry,
            row.getDouble("score"),
            row.getString("subject_name"),
            SubjectField.valueOf(row.getString("subject_field")),
            row.getString("matched_name"),
            MatchedField.valueOf(row.getString("matched_field")));
    String verdict = row.getString("verdict");
    String carriedFrom = row.getString("carried_from_version");
    Disposition disposition =
        verdict == null
            ? null
            : new Disposition(
                Verdict.valueOf(verdict),
                row.getString("verdict_reason"),
                row.getString("decided_by"),
                Instant.ofEpochMilli(row.getLong("decided_at")),
                carriedFrom == null ? null : new ListVersionId(carriedFrom));
    return new StoredHit(
        row.getString("id"),
        CaseId.parse(row.getString("case_id")),
        hit,
        ScreeningTrigger.valueOf(row.getString("screening_trigger")),
        Instant.ofEpochMilli(row.getLong("screened_at")),
        disposition,
        row.getLong("version"));
  }
}
