package dev.taiwa.graphql.outcome;

import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.RequestLoaders;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/**
 * Batches the queries, inform, licence application and outcome of the reports of one request: N
 * reports, one query each. The use cases apply access and visibility; the loaders only group.
 */
public final class OutcomeLoader {
  static final String QUERIES = "companyQueries";
  static final String INFORMS = "informs";
  static final String APPLICATIONS = "licenceApplications";
  static final String OUTCOMES = "outcomes";

  private OutcomeLoader() {}

  @FunctionalInterface
  private interface Batch<T> {
    Map<CaseId, T> of(Actor actor, Collection<PreReport> reports);
  }

  /** Registers this area's loaders for one request of {@code actor}. */
  public static RequestLoaders register(
      RequestLoaders registry,
      DialogueOutcomeServices services,
      DialogueQueries dialogue,
      Executor executor,
      Actor actor) {
    return registry
        .register(QUERIES, () -> create(dialogue::queriesOf, List.of(), executor, actor))
        .register(INFORMS, () -> create(services.informQueries()::informsOf, null, executor, actor))
        .register(
            APPLICATIONS,
            () -> create(services.informQueries()::applicationsOf, null, executor, actor))
        .register(
            OUTCOMES, () -> create(services.outcomeQueries()::outcomesOf, null, executor, actor));
  }

  private static <T> DataLoader<PreReport, T> create(
      Batch<T> batch, T absent, Executor executor, Actor actor) {
    BatchLoaderWithContext<PreReport, T> loader =
        (reports, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, T> found = batch.of(caller, reports);
                  return reports.stream().map(r -> found.getOrDefault(r.id(), absent)).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }
}
