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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Concerns} in {@code dialogue_concern}, answers in {@code dialogue_concern_answer}. */
@Singleton
public class JdbcConcerns implements Concerns {
  /**
   * Concerns with their answers in one statement: one row per answer (a concern without answers
   * gives one row whose answer columns are null), in the concern's order, then the answers' own.
   */
  private static final String WITH_ANSWERS =
      "SELECT c.id, c.case_id, c.state, c.category, c.severity, c.description,"
          + " c.concern_information, c.resolution_reason, c.raised_at, c.version,"
          + " a.text, a.due_date, a.answered_by, a.answered_at FROM dialogue_concern c"
          + " LEFT JOIN dialogue_concern_answer a ON a.concern_id = c.id";

  private final SqlStatements sql;

  JdbcConcerns(SqlStatements sql) {
    this.sql = sql;
  }

  private record Joined(Concern withoutAnswers, Answer answer) {}

  @Override
  @ReadOnly
  public Optional<Concern> find(UUID id) {
    return assemble(
            sql.query(
                WITH_ANSWERS + " WHERE c.id = ? ORDER BY a.position",
                JdbcConcerns::joined,
                id.toString()))
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
    return assemble(
        sql.query(
            WITH_ANSWERS
                + " WHERE c.case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY c.raised_at, c.id, a.position",
            JdbcConcerns::joined,
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

  /** The joined rows folded into concerns, in the order of their first row. */
  private static List<Concern> assemble(List<Joined> rows) {
    Map<UUID, Concern> concerns = new LinkedHashMap<>();
    Map<UUID, List<Answer>> answers = new HashMap<>();
    for (Joined row : rows) {
      UUID id = row.withoutAnswers().id();
      concerns.putIfAbsent(id, row.withoutAnswers());
      if (row.answer() != null) {
        answers.computeIfAbsent(id, k -> new ArrayList<>()).add(row.answer());
      }
    }
    return concerns.values().stream()
        .map(
            c ->
                new Concern(
                    c.id(),
                    c.caseId(),
                    c.state(),
                    c.category(),
                    c.severity(),
                    c.description(),
                    c.concernInformation(),
                    answers.getOrDefault(c.id(), List.of()),
                    c.resolutionReason(),
                    c.raisedAt(),
                    c.version()))
        .toList();
  }

  /** One row of {@link #WITH_ANSWERS}, read by position. */
  private static Joined joined(ResultSet r) throws SQLException {
    Concern concern =
        new Concern(
            UUID.fromString(r.getString(1)),
            CaseId.parse(r.getString(2)),
            ConcernState.valueOf(r.getString(3)),
            ConcernCategory.valueOf(r.getString(4)),
            Severity.valueOf(r.getString(5)),
            r.getString(6),
            r.getString(7),
            List.of(),
            r.getString(8),
            Instant.ofEpochMilli(r.getLong(9)),
            r.getLong(10));
    String text = r.getString(11);
    Answer answer =
        text == null
            ? null
            : new Answer(
                text,
                LocalDate.parse(r.getString(12)),
                UserId.parse(r.getString(13)),
                Instant.ofEpochMilli(r.getLong(14)));
    return new Joined(concern, answer);
  }
}
