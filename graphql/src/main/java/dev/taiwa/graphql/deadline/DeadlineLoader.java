package dev.taiwa.graphql.deadline;

import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/**
 * Batches the deadlines of the cases of one request ({@code PreReport.deadlines}, {@code
 * PatentApplication.deadlines}): N cases, one query. The parents were shown under their own access
 * rules; the use case applies which of their deadlines the caller reads.
 */
public final class DeadlineLoader {
  public static final String NAME = "deadlines";

  private DeadlineLoader() {}

  public static DataLoader<CaseId, List<DeadlineView>> create(
      DeadlineQueries queries, Executor executor, Actor actor) {
    BatchLoaderWithContext<CaseId, List<DeadlineView>> loader =
        (cases, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, List<DeadlineView>> found = queries.ofCases(caller, cases);
                  return cases.stream().map(c -> found.getOrDefault(c, List.of())).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  /** {@code PreReport.deadlines}. */
  public static TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder preReport) {
    return preReport.dataFetcher("deadlines", env -> load(env, env.<PreReport>getSource().id()));
  }

  /** {@code PatentApplication.deadlines}. */
  public static TypeRuntimeWiring.Builder patentEdges(TypeRuntimeWiring.Builder application) {
    return application.dataFetcher(
        "deadlines", env -> load(env, env.<PatentApplicationView>getSource().application().id()));
  }

  private static CompletableFuture<List<DeadlineView>> load(
      DataFetchingEnvironment env, CaseId caseId) {
    return Loaders.<CaseId, List<DeadlineView>>get(env, NAME).load(caseId);
  }
}
