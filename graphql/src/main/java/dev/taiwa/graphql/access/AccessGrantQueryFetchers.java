package dev.taiwa.graphql.access;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;

/** The grant queries: a refusal becomes a GraphQL error carrying its code, never data. */
public final class AccessGrantQueryFetchers {
  private final AccessGrantQueries queries;
  private final Clock clock;
  private final Executor executor;

  public AccessGrantQueryFetchers(AccessGrantQueries queries, Clock clock, Executor executor) {
    this.queries = queries;
    this.clock = clock;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("accessGrants", AsyncDataFetcher.async(this::ofCase, executor))
        .query(
            "myAccessGrants",
            AsyncDataFetcher.async(
                env -> views(queries.myActiveGrants(RequestActor.require(env))), executor))
        .query(
            "breakGlassReviewQueue",
            AsyncDataFetcher.async(
                env -> views(allowed(queries.breakGlassReviewQueue(RequestActor.require(env)))),
                executor));
  }

  private List<AccessGrantView> ofCase(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    CaseId caseId =
        Ids.uuid(env.getArgument("caseId"))
            .map(CaseId::new)
            .orElseThrow(() -> new RefusalException(ErrorCode.NOT_FOUND, "No such case."));
    return views(allowed(queries.ofCase(actor, caseId)));
  }

  private static List<AccessGrant> allowed(Result<List<AccessGrant>> result) {
    if (!result.accepted()) {
      Rejection first = result.errors().get(0);
      throw new RefusalException(first.code(), first.message());
    }
    return result.value().orElse(List.of());
  }

  private List<AccessGrantView> views(List<AccessGrant> grants) {
    Instant now = clock.instant();
    return grants.stream().map(grant -> AccessGrantView.of(grant, now)).toList();
  }
}
