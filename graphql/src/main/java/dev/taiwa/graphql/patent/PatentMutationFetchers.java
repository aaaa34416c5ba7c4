package dev.taiwa.graphql.patent;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.application.ScreeningOutcome;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The Track B mutations: arguments to a command, its {@link Result} to a payload. */
public final class PatentMutationFetchers {
  private final PatentCommands commands;
  private final PatentQueries queries;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public PatentMutationFetchers(
      PatentCommands commands, PatentQueries queries, OnceOnly onceOnly, Executor executor) {
    this.commands = commands;
    this.queries = queries;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "registerPatentApplication",
            AsyncDataFetcher.async(
                env -> {
                  Actor actor = RequestActor.require(env);
                  return PatentApplicationPayload.of(
                      onceOnly.create(
                          actor,
                          env.getArgument(OnceOnly.FIELD),
                          CreateOperation.REGISTER_PATENT_APPLICATION,
                          () ->
                              commands.register(actor, PatentInputs.form(env.getArgument("input"))),
                          view -> view.application().id().value(),
                          id -> queries.answerOf(actor, new CaseId(id))));
                },
                executor))
        .mutation("decideScreening", onCase(this::decide))
        .mutation(
            "requestSecurityReview",
            onCase(
                (actor, id, env) ->
                    commands.requestSecurityReview(
                        actor, id, ExpectedVersion.of(env), env.getArgument("reason"))));
  }

  @SuppressWarnings("unchecked")
  private Result<PatentApplicationView> decide(
      Actor actor, CaseId id, DataFetchingEnvironment env) {
    Map<String, Object> in = env.getArgument("input");
    List<Integer> fields = (List<Integer>) in.getOrDefault("matchedFields", List.of());
    return commands.decideScreening(
        actor,
        id,
        ExpectedVersion.of(env),
        ScreeningOutcome.valueOf(in.get("outcome").toString()),
        fields == null ? List.of() : fields,
        (String) in.get("reason"));
  }

  private DataFetcher<?> onCase(CaseCommand command) {
    return AsyncDataFetcher.async(
        env -> {
          Actor actor = RequestActor.require(env);
          Optional<CaseId> id = Ids.uuid(env.getArgument("id")).map(CaseId::new);
          return id.map(caseId -> PatentApplicationPayload.of(command.run(actor, caseId, env)))
              .orElseGet(PatentApplicationPayload::notFound);
        },
        executor);
  }

  @FunctionalInterface
  private interface CaseCommand {
    Result<PatentApplicationView> run(Actor actor, CaseId id, DataFetchingEnvironment env);
  }
}
