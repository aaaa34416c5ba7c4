package dev.taiwa.graphql.document;

import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/**
 * Batches the {@code documents} of the cases of one request (pre-reports, patent applications,
 * prior-confirmation requests): N cases, one query for their documents; the use case applies the
 * case's access rules and need-to-know to each.
 */
public final class DocumentLoader {
  public static final String NAME = "documents";

  private DocumentLoader() {}

  public static DataLoader<CaseId, List<IssuedDocument>> create(
      DocumentQueries queries, Executor executor, Actor actor) {
    BatchLoaderWithContext<CaseId, List<IssuedDocument>> loader =
        (cases, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<CaseId, List<IssuedDocument>> found = queries.documentsOf(caller, cases);
                  return cases.stream().map(c -> found.getOrDefault(c, List.of())).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  static CompletableFuture<List<IssuedDocument>> load(DataFetchingEnvironment env, CaseId caseId) {
    return Loaders.<CaseId, List<IssuedDocument>>get(env, NAME).load(caseId);
  }
}
