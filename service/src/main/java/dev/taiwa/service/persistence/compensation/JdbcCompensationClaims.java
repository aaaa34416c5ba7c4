package dev.taiwa.service.persistence.compensation;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.compensation.model.AssessmentNote;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import dev.taiwa.cases.patent.compensation.model.CompensationDecision;
import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.compensation.model.LossCause;
import dev.taiwa.cases.patent.compensation.port.CompensationClaims;
import dev.taiwa.service.persistence.sql.SqlNull;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CompensationClaims} in {@code compensation_claim} and {@code compensation_note} (notes are
 * appended, never changed), with portable hand-written SQL on the caller's transaction.
 */
@Singleton
public class JdbcCompensationClaims implements CompensationClaims {
  private static final String COLUMNS =
      "application_id, organisation_id, claimed_by, amount_yen, basis, cause, state,"
          + " decided_amount, decision_reason, decided_at, decided_by, claimed_at, updated_at,"
          + " version";

  private final SqlStatements sql;

  JdbcCompensationClaims(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Optional<CompensationClaim> find(CaseId claimId) {
    return withNotes(
            sql.query(
                "SELECT * FROM compensation_claim WHERE id = ?",
                JdbcCompensationClaims::row,
                claimId.toString()))
        .stream()
        .findFirst();
  }

  @Override
  @Transactional
  public void insert(CompensationClaim claim) {
    List<Object> values = new ArrayList<>();
    values.add(claim.id().toString());
    values.addAll(values(claim));
    sql.update(
        "INSERT INTO compensation_claim (id, "
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values.toArray());
    insertNotes(claim, 0);
  }

  @Override
  @Transactional
  public void update(CompensationClaim claim) {
    int stored =
        sql.query(
                "SELECT COUNT(*) FROM compensation_note WHERE claim_id = ?",
                r -> r.getInt(1),
                claim.id().toString())
            .get(0);
    List<Object> values = values(claim);
    values.add(claim.id().toString());
    values.add(claim.version() - 1);
    int updated =
        sql.update(
            "UPDATE compensation_claim SET "
                + String.join(" = ?, ", COLUMNS.split(", "))
                + " = ? WHERE id = ? AND version = ?",
            values.toArray());
    if (updated != 1) {
      throw new ConcurrentChangeException("compensation claim " + claim.id());
    }
    insertNotes(claim, stored);
  }

  @Override
  @ReadOnly
  public List<CompensationClaim> ofApplications(Collection<CaseId> applicationIds) {
    if (applicationIds.isEmpty()) {
      return List.of();
    }
    List<String> ids = applicationIds.stream().map(CaseId::toString).distinct().toList();
    return withNotes(
        sql.query(
            "SELECT * FROM compensation_claim WHERE application_id IN ("
                + SqlStatements.placeholders(ids)
                + ") ORDER BY claimed_at, id",
            JdbcCompensationClaims::row,
            ids.toArray()));
  }

  private void insertNotes(CompensationClaim claim, int from) {
    for (int i = from; i < claim.notes().size(); i++) {
      AssessmentNote note = claim.notes().get(i);
      sql.update(
          "INSERT INTO compensation_note (claim_id, position, text, written_at, written_by)"
              + " VALUES (?, ?, ?, ?, ?)",
          claim.id().toString(),
          i,
          note.text(),
          note.writtenAt().toEpochMilli(),
          note.writtenBy().toString());
    }
  }

  private List<CompensationClaim> withNotes(List<CompensationClaim> claims) {
    if (claims.isEmpty()) {
      return claims;
    }
    List<String> ids = claims.stream().map(c -> c.id().toString()).toList();
    Map<String, List<AssessmentNote>> notes = new LinkedHashMap<>();
    sql.query(
            "SELECT claim_id, text, written_at, written_by FROM compensation_note WHERE claim_id"
                + " IN ("
                + SqlStatements.placeholders(ids)
                + ") ORDER BY claim_id, position",
            r ->
                Map.entry(
                    r.getString(1),
                    new AssessmentNote(
                        r.getString(2), Instant.ofEpochMilli(r.getLong(3)), user(r.getString(4)))),
            ids.toArray())
        .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return claims.stream()
        .map(
            c ->
                new CompensationClaim(
                    c.id(),
                    c.applicationId(),
                    c.organisation(),
                    c.claimedBy(),
                    c.amountYen(),
                    c.basis(),
                    c.cause(),
                    c.state(),
                    notes.getOrDefault(c.id().toString(), List.of()),
                    c.decision(),
                    c.claimedAt(),
                    c.updatedAt(),
                    c.version()))
        .toList();
  }

  private static List<Object> values(CompensationClaim c) {
    CompensationDecision d = c.decision();
    List<Object> values = new ArrayList<>();
    values.add(c.applicationId().toString());
    values.add(c.organisation().toString());
    values.add(c.claimedBy().toString());
    values.add(c.amountYen());
    values.add(c.basis());
    values.add(c.cause().name());
    values.add(c.state().name());
    values.add(SqlNull.bigint(d == null ? null : d.amountYen()));
    values.add(d == null ? null : d.reason());
    values.add(SqlNull.bigint(d == null ? null : d.decidedAt().toEpochMilli()));
    values.add(d == null ? null : d.decidedBy().toString());
    values.add(c.claimedAt().toEpochMilli());
    values.add(c.updatedAt().toEpochMilli());
    values.add(c.version());
    return values;
  }

  private static CompensationClaim row(ResultSet r) throws SQLException {
    CompensationDecision decision = null;
    String decidedBy = r.getString("decided_by");
    if (decidedBy != null) {
      decision =
          new CompensationDecision(
              r.getLong("decided_amount"),
              r.getString("decision_reason"),
              Instant.ofEpochMilli(r.getLong("decided_at")),
              user(decidedBy));
    }
    return new CompensationClaim(
        CaseId.parse(r.getString("id")),
        CaseId.parse(r.getString("application_id")),
        new OrganisationId(UUID.fromString(r.getString("organisation_id"))),
        user(r.getString("claimed_by")),
        r.getLong("amount_yen"),
        r.getString("basis"),
        LossCause.valueOf(r.getString("cause")),
        CompensationState.valueOf(r.getString("state")),
        List.of(),
        decision,
        Instant.ofEpochMilli(r.getLong("claimed_at")),
        Instant.ofEpochMilli(r.getLong("updated_at")),
        r.getLong("version"));
  }

  private static UserId user(String id) {
    return new UserId(UUID.fromString(id));
  }
}
