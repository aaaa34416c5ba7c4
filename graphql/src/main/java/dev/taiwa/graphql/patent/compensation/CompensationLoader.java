package dev.taiwa.graphql.patent.compensation;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.compensation.application.CompensationView;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/** Batches the compensation claims of the applications of one request: N applications, one read. */
public final class CompensationLoader {
  public static final String NAME = "compensationClaims";

  private CompensationLoader() {}

  public static DataLoader<CaseId, List<CompensationView>> create(
      CompensationQueries queries, Executor executor, Actor actor) {
    BatchLoaderWithContext<CaseId, List<CompensationView>> loader =
        (ids, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, List<CompensationView>> found = queries.ofApplications(caller, ids);
                  return ids.stream().map(id -> found.getOrDefault(id, List.of())).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  static CompletableFuture<List<CompensationView>> load(DataFetchingEnvironment env, CaseId id) {
    return Loaders.<CaseId, List<CompensationView>>get(env, NAME).load(id);
  }
}
