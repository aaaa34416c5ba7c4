package dev.taiwa.service.persistence.dialogue;

import dev.taiwa.cases.dialogue.model.Answer;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.port.Concerns;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Concerns} in {@code dialogue_concern}, answers in {@code dialogue_concern_answer}. */
@Singleton
public class JdbcConcerns implements Concerns {
  private static final String COLUMNS =
      "SELECT id, case_id, state, category, severity, description, concern_information,"
          + " resolution_reason, raised_at, version FROM dialogue_concern";

  private final SqlStatements sql;

  JdbcConcerns(SqlStatements sql) {
    this.sql = sql;
  }

  private record Row(Concern withoutAnswers) {}

  private record AnswerRow(String concernId, Answer answer) {}

  @Override
  @ReadOnly
  public Optional<Concern> find(UUID id) {
    return withAnswers(sql.query(COLUMNS + " WHERE id = ?", JdbcConcerns::row, id.toString()))
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<Concern> findByCases(Collection<CaseId> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    return withAnswers(
        sql.query(
            COLUMNS
                + " WHERE case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY raised_at, id",
            JdbcConcerns::row,
            ids));
  }

  @Override
  @Transactional
  public void insert(Concern concern) {
    sql.update(
        "INSERT INTO dialogue_concern (id, case_id, state, category, severity, description,"
            + " concern_information, resolution_reason, raised_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        concern.id().toString(),
        concern.caseId().toString(),
        concern.state().name(),
        concern.category().name(),
        concern.severity().name(),
        concern.description(),
        concern.concernInformation(),
        concern.resolutionReason(),
        concern.raisedAt().toEpochMilli(),
        concern.version());
    insertAnswers(concern, 0);
  }

  @Override
  @Transactional
  public void update(Concern concern) {
    int touched =
        sql.update(
            "UPDATE dialogue_concern SET state = ?, resolution_reason = ?, version = ?"
                + " WHERE id = ? AND version = ?",
            concern.state().name(),
            concern.resolutionReason(),
            concern.version(),
            concern.id().toString(),
            concern.version() - 1);
    if (touched != 1) {
      throw new ConcurrentChangeException("concern " + concern.id() + " changed since it was read");
    }
    long stored =
        sql.query(
                "SELECT COUNT(*) FROM dialogue_concern_answer WHERE concern_id = ?",
                r -> r.getLong(1),
                concern.id().toString())
            .get(0);
    insertAnswers(concern, (int) stored);
  }

  /** Answers are only ever added: writes those from {@code from} on. */
  private void insertAnswers(Concern concern, int from) {
    for (int i = from; i < concern.answers().size(); i++) {
      Answer a = concern.answers().get(i);
      sql.update(
          "INSERT INTO dialogue_concern_answer (concern_id, position, text, due_date,"
              + " answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
          concern.id().toString(),
          i,
          a.text(),
          a.dueDate().toString(),
          a.answeredBy().toString(),
          a.answeredAt().toEpochMilli());
    }
  }

  private List<Concern> withAnswers(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Object[] ids = rows.stream().map(r -> r.withoutAnswers().id().toString()).toArray();
    Map<String, List<Answer>> answers = new HashMap<>();
    sql.query(
            "SELECT concern_id, text, due_date, answered_by, answered_at"
                + " FROM dialogue_concern_answer WHERE concern_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY concern_id, position",
            r ->
                new AnswerRow(
                    r.getString("concern_id"),
                    new Answer(
                        r.getString("text"),
                        LocalDate.parse(r.getString("due_date")),
                        UserId.parse(r.getString("answered_by")),
                        Instant.ofEpochMilli(r.getLong("answered_at")))),
            ids)
        .forEach(
            a -> answers.computeIfAbsent(a.concernId(), k -> new ArrayList<>()).add(a.answer()));
    return rows.stream()
        .map(
            r -> {
              Concern c = r.withoutAnswers();
              return new Concern(
                  c.id(),
                  c.caseId(),
                  c.state(),
                  c.category(),
                  c.severity(),
                  c.description(),
                  c.concernInformation(),
                  answers.getOrDefault(c.id().toString(), List.of()),
                  c.resolutionReason(),
                  c.raisedAt(),
                  c.version());
            })
        .toList();
  }

  private static Row row(ResultSet r) throws SQLException {
    return new Row(
        new Concern(
            UUID.fromString(r.getString("id")),
            CaseId.parse(r.getString("case_id")),
            ConcernState.valueOf(r.getString("state")),
            ConcernCategory.valueOf(r.getString("category")),
            Severity.valueOf(r.getString("severity")),
            r.getString("description"),
            r.getString("concern_information"),
            List.of(),
            r.getString("resolution_reason"),
            Instant.ofEpochMilli(r.getLong("raised_at")),
            r.getLong("version")));
  }
}
