package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A query to the company (照会): an officer's question with a reply window in days; its due date is
 * the ledger's COMPANY deadline {@code query:<id>}. While it is open the officials' clocks of the
 * case stop. Immutable; each change yields {@code version + 1}, which the store writes only over
 * the version it was read at.
 */
public record CompanyQuery(
    UUID id,
    CaseId caseId,
    QueryState state,
    String question,
    int replyDays,
    LocalDate replyDue,
    UserId askedBy,
    Instant askedAt,
    Optional<QueryAnswer> answer,
    String withdrawalReason,
    long version) {
  public CompanyQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(replyDue, "reply due");
    Objects.requireNonNull(askedBy, "asked by");
    Objects.requireNonNull(askedAt, "asked at");
    Objects.requireNonNull(answer, "answer");
  }

  /** The ledger subject (and clock-stop key) of this query. */
  public String subject() {
    return subjectOf(id);
  }

  public static String subjectOf(UUID id) {
    return "query:" + id;
  }

  public static CompanyQuery asked(
      UUID id,
      CaseId caseId,
      String question,
      int replyDays,
      LocalDate replyDue,
      UserId askedBy,
      Instant at) {
    return new CompanyQuery(
        id,
        caseId,
        QueryState.OPEN,
        question,
        replyDays,
        replyDue,
        askedBy,
        at,
        Optional.empty(),
        null,
        1);
  }

  public CompanyQuery answered(QueryAnswer given) {
    return new CompanyQuery(
        id,
        caseId,
        QueryState.ANSWERED,
        question,
        replyDays,
        replyDue,
        askedBy,
        askedAt,
        Optional.of(given),
        null,
        version + 1);
  }

  public CompanyQuery withdrawn(String reason) {
    return new CompanyQuery(
        id,
        caseId,
        QueryState.WITHDRAWN,
        question,
        replyDays,
        replyDue,
        askedBy,
        askedAt,
        answer,
        reason,
        version + 1);
  }
}
