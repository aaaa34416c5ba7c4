package dev.taiwa.graphql.timeline;

import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.audit.TimelineEntry;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * {@code PreReport.timeline}: the parent was shown under the pre-report's access rules; the use
 * case decides which of its events the caller reads. {@code TimelineEntry}'s fields are the
 * record's.
 */
public final class TimelineFields {
  private TimelineFields() {}

  public static TypeRuntimeWiring.Builder preReportEdges(
      TypeRuntimeWiring.Builder preReport, CaseTimeline timeline, Executor executor) {
    return preReport.dataFetcher(
        "timeline",
        AsyncDataFetcher.async(
            env ->
                accepted(timeline.of(RequestActor.require(env), env.<PreReport>getSource().id())),
            executor));
  }

  private static List<TimelineEntry> accepted(Result<List<TimelineEntry>> result) {
    for (Rejection rejection : result.errors()) {
      throw new RefusalException(rejection.code(), rejection.message());
    }
    return result.value().orElseThrow();
  }
}
