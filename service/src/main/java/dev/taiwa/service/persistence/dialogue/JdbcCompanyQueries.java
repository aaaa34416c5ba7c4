package dev.taiwa.service.persistence.dialogue;

import dev.taiwa.cases.dialogue.model.Attachment;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.QueryAnswer;
import dev.taiwa.cases.dialogue.model.QueryState;
import dev.taiwa.cases.dialogue.port.CompanyQueries;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.sql.SqlNull;
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

/**
 * {@link CompanyQueries} in {@code company_query}, attachments in {@code company_query_attachment}.
 */
@Singleton
public class JdbcCompanyQueries implements CompanyQueries {
  private static final String COLUMNS =
      "SELECT id, case_id, state, question, reply_days, reply_due, asked_by, asked_at,"
          + " answer_text, answered_by, answered_at, withdrawal_reason, version FROM company_query";

  private final SqlStatements sql;

  JdbcCompanyQueries(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Optional<CompanyQuery> find(UUID id) {
    return withAttachments(
            sql.query(COLUMNS + " WHERE id = ?", JdbcCompanyQueries::row, id.toString()))
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<CompanyQuery> findByCases(Collection<CaseId> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    return withAttachments(
        sql.query(
            COLUMNS
                + " WHERE case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY asked_at, id",
            JdbcCompanyQueries::row,
            ids));
  }

  @Override
  @Transactional
  public void insert(CompanyQuery q) {
    sql.update(
        "INSERT INTO company_query (id, case_id, state, question, reply_days, reply_due, asked_by,"
            + " asked_at, answer_text, answered_by, answered_at, withdrawal_reason, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        q.id().toString(),
        q.caseId().toString(),
        q.state().name(),
        q.question(),
        q.replyDays(),
        q.replyDue().toString(),
        q.askedBy().toString(),
        q.askedAt().toEpochMilli(),
        q.answer().map(QueryAnswer::text).orElse(null),
        q.answer().map(a -> a.answeredBy().toString()).orElse(null),
        SqlNull.bigint(q.answer().map(a -> a.answeredAt().toEpochMilli()).orElse(null)),
        q.withdrawalReason(),
        q.version());
    insertAttachments(q);
  }

  @Override
  @Transactional
  public void update(CompanyQuery q) {
    int touched =
        sql.update(
            "UPDATE company_query SET state = ?, answer_text = ?, answered_by = ?, answered_at = ?,"
                + " withdrawal_reason = ?, version = ? WHERE id = ? AND version = ?",
            q.state().name(),
            q.answer().map(QueryAnswer::text).orElse(null),
            q.answer().map(a -> a.answeredBy().toString()).orElse(null),
            SqlNull.bigint(q.answer().map(a -> a.answeredAt().toEpochMilli()).orElse(null)),
            q.withdrawalReason(),
            q.version(),
            q.id().toString(),
            q.version() - 1);
    if (touched != 1) {
      throw new ConcurrentChangeException("query " + q.id() + " changed since it was read");
    }
    sql.update("DELETE FROM company_query_attachment WHERE query_id = ?", q.id().toString());
    insertAttachments(q);
  }

  private void insertAttachments(CompanyQuery q) {
    List<Attachment> files = q.answer().map(QueryAnswer::attachments).orElse(List.of());
    for (int i = 0; i < files.size(); i++) {
      Attachment a = files.get(i);
      sql.update(
          "INSERT INTO company_query_attachment (query_id, position, file_name, media_type,"
              + " size_bytes, sha256) VALUES (?, ?, ?, ?, ?, ?)",
          q.id().toString(),
          i,
          a.fileName(),
          a.mediaType(),
          a.size(),
          a.sha256());
    }
  }

  private record AttachmentRow(String queryId, Attachment attachment) {}

  private List<CompanyQuery> withAttachments(List<CompanyQuery> rows) {
    List<String> answered =
        rows.stream().filter(q -> q.answer().isPresent()).map(q -> q.id().toString()).toList();
    if (answered.isEmpty()) {
      return rows;
    }
    Map<String, List<Attachment>> files = new HashMap<>();
    sql.query(
            "SELECT query_id, file_name, media_type, size_bytes, sha256"
                + " FROM company_query_attachment WHERE query_id IN ("
                + SqlStatements.placeholders(answered)
                + ") ORDER BY query_id, position",
            r ->
                new AttachmentRow(
                    r.getString("query_id"),
                    new Attachment(
                        r.getString("file_name"),
                        r.getString("media_type"),
                        r.getLong("size_bytes"),
                        r.getString("sha256"))),
            answered.toArray())
        .forEach(
            a -> files.computeIfAbsent(a.queryId(), k -> new ArrayList<>()).add(a.attachment()));
    return rows.stream()
        .map(
            q ->
                q.answer().isEmpty()
                    ? q
                    : new CompanyQuery(
                        q.id(),
                        q.caseId(),
                        q.state(),
                        q.question(),
                        q.replyDays(),
                        q.replyDue(),
                        q.askedBy(),
                        q.askedAt(),
                        q.answer()
                            .map(
                                a ->
                                    new QueryAnswer(
                                        a.text(),
                                        files.getOrDefault(q.id().toString(), List.of()),
                                        a.answeredBy(),
                                        a.answeredAt())),
                        q.withdrawalReason(),
                        q.version()))
        .toList();
  }

  private static CompanyQuery row(ResultSet r) throws SQLException {
    String answeredBy = r.getString("answered_by");
    Optional<QueryAnswer> answer =
        answeredBy == null
            ? Optional.empty()
            : Optional.of(
                new QueryAnswer(
                    r.getString("answer_text"),
                    List.of(),
                    UserId.parse(answeredBy),
                    Instant.ofEpochMilli(r.getLong("answered_at"))));
    return new CompanyQuery(
        UUID.fromString(r.getString("id")),
        CaseId.parse(r.getString("case_id")),
        QueryState.valueOf(r.getString("state")),
        r.getString("question"),
        r.getInt("reply_days"),
        LocalDate.parse(r.getString("reply_due")),
        UserId.parse(r.getString("asked_by")),
        Instant.ofEpochMilli(r.getLong("asked_at")),
        answer,
        r.getString("withdrawal_reason"),
        r.getLong("version"));
  }
}
