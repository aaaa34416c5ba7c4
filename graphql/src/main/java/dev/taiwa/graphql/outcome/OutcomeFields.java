package dev.taiwa.graphql.outcome;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.QueryState;
import dev.taiwa.cases.identity.UserIdVisibility;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.dialogue.DialogueLoader;
import dev.taiwa.graphql.identity.PersonLoader;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code PreReport.queries / inform / licenceApplication / outcome} (batched) and their types: the
 * whole chain of a case in one query. The inform's cited concerns are read through the concerns
 * loader, so the company sees them without the concern information, like {@code
 * PreReport.concerns}.
 */
public final class OutcomeFields {
  private OutcomeFields() {}

  /** This area's edges of {@code PreReport}, loaded in batches. */
  public static TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder preReport) {
    return preReport
        .dataFetcher("queries", env -> load(env, OutcomeLoader.QUERIES))
        .dataFetcher(
            "inform",
            env -> {
              PreReport report = env.getSource();
              return OutcomeFields.<Inform>load(env, OutcomeLoader.INFORMS)
                  .thenApply(
                      inform ->
                          DataFetcherResult.<Inform>newResult()
                              .data(inform)
                              .localContext(report)
                              .build());
            })
        .dataFetcher("licenceApplication", env -> load(env, OutcomeLoader.APPLICATIONS))
        .dataFetcher("outcome", env -> load(env, OutcomeLoader.OUTCOMES));
  }

  public static void wire(SchemaWiring wiring) {
    wiring
        .type(
            newTypeWiring("CompanyQuery")
                .dataFetcher("id", env -> env.<CompanyQuery>getSource().id().toString())
                .dataFetcher("answer", env -> env.<CompanyQuery>getSource().answer().orElse(null)))
        .type(newTypeWiring("Inform").dataFetcher("citedConcerns", OutcomeFields::citedConcerns))
        .type(
            newTypeWiring("Outcome")
                .dataFetcher(
                    "decidedBy",
                    env ->
                        UserIdVisibility.showsIds(RequestActor.require(env))
                            ? env.<Outcome>getSource().decidedBy().toString()
                            : null)
                .dataFetcher(
                    "decider", env -> PersonLoader.load(env, env.<Outcome>getSource().decidedBy())))
        .enumeration("QueryState", QueryState.class)
        .enumeration("OutcomeType", OutcomeType.class)
        .enumeration("LicenceDecision", LicenceDecision.class)
        .enumeration("InformRoute", InformRoute.class);
  }

  /** The cited concerns, in citation order, as the caller may read the case's concerns. */
  private static CompletableFuture<List<Concern>> citedConcerns(DataFetchingEnvironment env) {
    Inform inform = env.getSource();
    PreReport report = env.getLocalContext();
    return Loaders.<PreReport, List<Concern>>get(env, DialogueLoader.CONCERNS)
        .load(report)
        .thenApply(
            concerns ->
                inform.citedConcerns().stream()
                    .flatMap(id -> concerns.stream().filter(c -> c.id().equals(id)))
                    .toList());
  }

  private static <T> CompletableFuture<T> load(DataFetchingEnvironment env, String loader) {
    return Loaders.<PreReport, T>get(env, loader).load(env.getSource());
  }
}
