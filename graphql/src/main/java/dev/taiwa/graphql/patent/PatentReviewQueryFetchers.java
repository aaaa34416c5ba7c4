package dev.taiwa.graphql.patent;

import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentReviewQueries;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import java.util.concurrent.Executor;

/** The review queries of the root: an examiner's screening queue. */
public final class PatentReviewQueryFetchers {
  private final PatentReviewQueries queries;
  private final Executor executor;

  public PatentReviewQueryFetchers(PatentReviewQueries queries, Executor executor) {
    this.queries = queries;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring.query(
        "screeningQueue",
        AsyncDataFetcher.async(
            env -> {
              Boolean overdueOnly = env.getArgument("overdueOnly");
              return queries
                  .screeningQueue(RequestActor.require(env), Boolean.TRUE.equals(overdueOnly))
                  .stream()
                  .map(a -> new PatentApplicationView(a, a.contentSecret()))
                  .toList();
            },
            executor));
  }
}
