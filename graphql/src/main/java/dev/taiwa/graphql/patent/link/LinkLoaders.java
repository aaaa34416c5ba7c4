package dev.taiwa.graphql.patent.link;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.link.application.LinkedCase;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/** Batches the links of the cases of one request, from either side: N cases, one read. */
public final class LinkLoaders {
  public static final String OF_PRE_REPORTS = "linkedPatentApplications";
  public static final String OF_APPLICATIONS = "linkedPreReports";

  private LinkLoaders() {}

  public static DataLoader<CaseId, List<LinkedCase>> create(
      BiFunction<Actor, Collection<CaseId>, Map<CaseId, List<LinkedCase>>> batch,
      Executor executor,
      Actor actor) {
    BatchLoaderWithContext<CaseId, List<LinkedCase>> loader =
        (ids, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, List<LinkedCase>> found = batch.apply(caller, ids);
                  return ids.stream().map(id -> found.getOrDefault(id, List.of())).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  static CompletableFuture<List<LinkedCase>> load(
      DataFetchingEnvironment env, String name, CaseId id) {
    return Loaders.<CaseId, List<LinkedCase>>get(env, name).load(id);
  }
}
