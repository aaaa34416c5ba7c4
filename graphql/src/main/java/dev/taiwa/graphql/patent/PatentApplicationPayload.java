package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import java.util.List;

/** What a patent mutation answers: the application as the caller may see it, and the refusals. */
public record PatentApplicationPayload(
    PatentApplicationView patentApplication, List<Rejection> errors) {

  static PatentApplicationPayload of(Result<PatentApplicationView> result) {
    return new PatentApplicationPayload(result.value().orElse(null), result.errors());
  }

  static PatentApplicationPayload notFound() {
    return new PatentApplicationPayload(
        null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such application.")));
  }
}
