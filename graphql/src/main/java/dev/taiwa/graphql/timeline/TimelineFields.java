package dev.taiwa.graphql.timeline;

import dev.taiwa.cases.audit.CaseTimeline;
import dev.taiwa.cases.audit.TimelineEntry;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RefusalException;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.concurrent.Executor;
import org.dataloader.DataLoader;

/**
 * {@code PreReport.timeline}: the parent was shown under the pre-report's access rules; the use
 * case decides which of its events the caller reads. The timelines of a request's reports are read
 * in one batch. {@code TimelineEntry}'s fields are the record's.
 */
public final class TimelineFields {
  public static final String NAME = "timelines";

  private TimelineFields() {}

  /** The request's loader of timelines, for {@code actor}. */
  public static DataLoader<CaseId, Result<List<TimelineEntry>>> loader(
      CaseTimeline timeline, Executor executor, Actor actor) {
    return Loaders.batched((caller, ids) -> timeline.of(caller, ids), null, executor, actor);
  }

  public static TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder preReport) {
    return preReport.dataFetcher(
        "timeline",
        env ->
            Loaders.<CaseId, Result<List<TimelineEntry>>>get(env, NAME)
                .load(env.<PreReport>getSource().id())
                .thenApply(TimelineFields::accepted));
  }

  private static List<TimelineEntry> accepted(Result<List<TimelineEntry>> result) {
    for (Rejection rejection : result.errors()) {
      throw new RefusalException(rejection.code(), rejection.message());
    }
    return result.value().orElseThrow();
  }
}
