package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;

/** What a pre-report mutation answers: the report as it now stands, and the refusals. */
public record PreReportPayload(PreReport preReport, List<Rejection> errors) {

  public static PreReportPayload of(Result<PreReport> result) {
    return new PreReportPayload(result.value().orElse(null), result.errors());
  }

  /** The answer to an id that cannot name a case: as if the case did not exist. */
  public static PreReportPayload notFound() {
    return new PreReportPayload(
        null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such pre-report.")));
  }
}
