package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import java.time.LocalDate;
import java.util.List;

/** What a record-filing mutation answers: the record's id, kind and date (never its text). */
public record ReviewRecordPayload(
    String recordId, ReviewRecordKind kind, LocalDate date, List<Rejection> errors) {

  static ReviewRecordPayload of(Result<ReviewRecord> result) {
    return result
        .value()
        .map(
            r ->
                new ReviewRecordPayload(
                    r.id().toString(), r.kind(), r.date().orElse(null), result.errors()))
        .orElseGet(() -> new ReviewRecordPayload(null, null, null, result.errors()));
  }

  static ReviewRecordPayload notFound(String field) {
    return new ReviewRecordPayload(
        null, null, null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, field, "Not found.")));
  }
}
