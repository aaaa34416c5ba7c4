package dev.taiwa.service.persistence.inform;

import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.inform.port.Informs;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
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
import java.util.UUID;

/**
 * {@link Informs} in {@code inform} (with its route, V20_2) / {@code inform_item} and {@code
 * licence_application} / {@code licence_condition_response}.
 */
@Singleton
public class JdbcInforms implements Informs {
  private static final String CONCERN = "CONCERN";
  private static final String CONDITION = "CONDITION";

  private final SqlStatements sql;

  JdbcInforms(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void insert(Inform inform) {
    String caseId = inform.caseId().toString();
    sql.update(
        "INSERT INTO inform (case_id, id, route, summary, application_due, issued_by,"
            + " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        caseId,
        inform.id().toString(),
        inform.route().name(),
        inform.summary(),
        inform.applicationDue().toString(),
        inform.issuedBy().toString(),
        inform.issuedAt().toEpochMilli());
    List<String> cited = inform.citedConcerns().stream().map(UUID::toString).toList();
    insertItems(caseId, CONCERN, cited);
    insertItems(caseId, CONDITION, inform.proposedConditions());
  }

  private void insertItems(String caseId, String kind, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      sql.update(
          "INSERT INTO inform_item (case_id, kind, position, text) VALUES (?, ?, ?, ?)",
          caseId,
          kind,
          i,
          texts.get(i));
    }
  }

  @Override
  @Transactional
  public void insert(LicenceApplication a) {
    String caseId = a.caseId().toString();
    sql.update(
        "INSERT INTO licence_application (case_id, company_reference, applied_on, applied_by,"
            + " recorded_at) VALUES (?, ?, ?, ?, ?)",
        caseId,
        a.companyReference(),
        a.appliedOn().toString(),
        a.appliedBy().toString(),
        a.recordedAt().toEpochMilli());
    for (int i = 0; i < a.responses().size(); i++) {
      ConditionResponse r = a.responses().get(i);
      sql.update(
          "INSERT INTO licence_condition_response (case_id, position, condition_index, accepted,"
              + " comment) VALUES (?, ?, ?, ?, ?)",
          caseId,
          i,
          r.condition(),
          r.accepted() ? 1 : 0,
          r.comment());
    }
  }

  private record Item(String caseId, String kind, String text) {}

  @Override
  @ReadOnly
  public Map<CaseId, Inform> informsOf(Collection<CaseId> cases) {
    Map<CaseId, Inform> found = new HashMap<>();
    if (cases.isEmpty()) {
      return found;
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    String in = " WHERE case_id IN (" + SqlStatements.placeholders(List.of(ids)) + ")";
    Map<String, List<String>> concerns = new HashMap<>();
    Map<String, List<String>> conditions = new HashMap<>();
    sql.query(
            "SELECT case_id, kind, text FROM inform_item"
                + in
                + " ORDER BY case_id, kind, position",
            r -> new Item(r.getString("case_id"), r.getString("kind"), r.getString("text")),
            ids)
        .forEach(
            item ->
                (CONCERN.equals(item.kind()) ? concerns : conditions)
                    .computeIfAbsent(item.caseId(), k -> new ArrayList<>())
                    .add(item.text()));
    sql.query(
            "SELECT case_id, id, route, summary, application_due, issued_by, issued_at FROM inform"
                + in,
            r -> {
              String caseId = r.getString("case_id");
              return new Inform(
                  UUID.fromString(r.getString("id")),
                  CaseId.parse(caseId),
                  InformRoute.valueOf(r.getString("route")),
                  concerns.getOrDefault(caseId, List.of()).stream().map(UUID::fromString).toList(),
                  conditions.getOrDefault(caseId, List.of()),
                  r.getString("summary"),
                  LocalDate.parse(r.getString("application_due")),
                  UserId.parse(r.getString("issued_by")),
                  Instant.ofEpochMilli(r.getLong("issued_at")));
            },
            ids)
        .forEach(i -> found.put(i.caseId(), i));
    return found;
  }

  private record Response(String caseId, ConditionResponse response) {}

  @Override
  @ReadOnly
  public Map<CaseId, LicenceApplication> applicationsOf(Collection<CaseId> cases) {
    Map<CaseId, LicenceApplication> found = new HashMap<>();
    if (cases.isEmpty()) {
      return found;
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    String in = " WHERE case_id IN (" + SqlStatements.placeholders(List.of(ids)) + ")";
    Map<String, List<ConditionResponse>> responses = new HashMap<>();
    sql.query(
            "SELECT case_id, condition_index, accepted, comment FROM licence_condition_response"
                + in
                + " ORDER BY case_id, position",
            r ->
                new Response(
                    r.getString("case_id"),
                    new ConditionResponse(
                        r.getInt("condition_index"),
                        r.getInt("accepted") == 1,
                        r.getString("comment"))),
            ids)
        .forEach(
            r -> responses.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r.response()));
    sql.query(
            "SELECT case_id, company_reference, applied_on, applied_by, recorded_at"
                + " FROM licence_application"
                + in,
            r ->
                new LicenceApplication(
                    CaseId.parse(r.getString("case_id")),
                    r.getString("company_reference"),
                    LocalDate.parse(r.getString("applied_on")),
                    responses.getOrDefault(r.getString("case_id"), List.of()),
                    UserId.parse(r.getString("applied_by")),
                    Instant.ofEpochMilli(r.getLong("recorded_at"))),
            ids)
        .forEach(a -> found.put(a.caseId(), a));
    return found;
  }
}
