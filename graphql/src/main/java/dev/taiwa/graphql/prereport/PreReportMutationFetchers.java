package dev.taiwa.graphql.prereport;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.application.PreReportCommands;
import dev.taiwa.cases.prereport.application.PreReportQueries;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The pre-report mutations: arguments to a command, the command's {@link Result} to a payload. */
public final class PreReportMutationFetchers {
  private final PreReportCommands commands;
  private final PreReportQueries queries;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public PreReportMutationFetchers(
      PreReportCommands commands, PreReportQueries queries, OnceOnly onceOnly, Executor executor) {
    this.commands = commands;
    this.queries = queries;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "createPreReportDraft",
            async(
                env -> {
                  Actor actor = RequestActor.require(env);
                  return PreReportPayload.of(
                      onceOnly.create(
                          actor,
                          env.getArgument(OnceOnly.FIELD),
                          CreateOperation.CREATE_PRE_REPORT_DRAFT,
                          () ->
                              commands.createDraft(
                                  actor, PreReportInputs.form(env.getArgument("input"))),
                          report -> report.id().value(),
                          id -> queries.find(actor, new CaseId(id))));
                }))
        .mutation(
            "updatePreReportDraft",
            onCase(
                (actor, id, env) ->
                    commands.updateDraft(
                        actor,
                        id,
                        env.<Integer>getArgument("expectedVersion"),
                        PreReportInputs.form(env.getArgument("input")))))
        .mutation(
            "submitPreReport",
            onCase((actor, id, env) -> commands.submit(actor, id, ExpectedVersion.of(env))))
        .mutation(
            "startPreReportReview",
            onCase((actor, id, env) -> commands.startReview(actor, id, ExpectedVersion.of(env))))
        .mutation(
            "withdrawPreReport",
            onCase(
                (actor, id, env) ->
                    commands.withdraw(
                        actor, id, ExpectedVersion.of(env), env.getArgument("reason"))));
  }

  /** A command on an existing case; an id that is no UUID answers NOT_FOUND without calling it. */
  private DataFetcher<?> onCase(CaseCommand command) {
    return async(
        env -> {
          Actor actor = RequestActor.require(env);
          Optional<CaseId> id = Ids.uuid(env.getArgument("id")).map(CaseId::new);
          return id.map(caseId -> PreReportPayload.of(command.run(actor, caseId, env)))
              .orElseGet(PreReportPayload::notFound);
        });
  }

  private DataFetcher<?> async(DataFetcher<PreReportPayload> fetcher) {
    return AsyncDataFetcher.async(fetcher, executor);
  }

  @FunctionalInterface
  private interface CaseCommand {
    Result<PreReport> run(Actor actor, CaseId id, DataFetchingEnvironment env);
  }
}
