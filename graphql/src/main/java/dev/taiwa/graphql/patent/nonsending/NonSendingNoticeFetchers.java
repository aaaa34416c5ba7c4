package dev.taiwa.graphql.patent.nonsending;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.NonSendingNoticeCommands;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.dataloader.DataLoader;

/** The request for a notice of non-sending: two mutations and the application's field. */
public final class NonSendingNoticeFetchers {
  public static final String NAME = "nonSendingNotices";

  private final NonSendingNoticeCommands commands;
  private final Executor executor;

  public NonSendingNoticeFetchers(NonSendingNoticeCommands commands, Executor executor) {
    this.commands = commands;
    this.executor = executor;
  }

  /** Either mutation's use case: on the application {@code id} at the version the client read. */
  @FunctionalInterface
  private interface Command {
    Result<NonSendingNotice> run(Actor actor, CaseId id, Long expectedVersion);
  }

  /** The payload of both mutations. */
  public record Payload(NonSendingNotice nonSendingNotice, List<Rejection> errors) {}

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "requestNonSendingNotice",
            AsyncDataFetcher.async(env -> run(env, commands::request), executor))
        .mutation(
            "issueNonSendingNotice",
            AsyncDataFetcher.async(env -> run(env, commands::issue), executor))
        .type(
            newTypeWiring("NonSendingNotice")
                .dataFetcher(
                    "requestedBy",
                    env -> ((NonSendingNotice) env.getSource()).requestedBy().value().toString()));
  }

  /** The request's loader of notices: one read for the applications of a request. */
  public static DataLoader<PatentApplication, NonSendingNotice> loader(
      NonSendingNoticeCommands commands, Executor executor, Actor actor) {
    return Loaders.byKeyOf(
        PatentApplication::id,
        (caller, applications) ->
            commands.ofAll(applications.stream().map(PatentApplication::id).toList()),
        null,
        executor,
        actor);
  }

  /**
   * The application's edge: shown to whoever sees the application (the source is already filtered).
   */
  public static TypeRuntimeWiring.Builder applicationEdges(TypeRuntimeWiring.Builder type) {
    return type.dataFetcher(
        "nonSendingNotice",
        env ->
            Loaders.<PatentApplication, NonSendingNotice>get(env, NAME)
                .load(((PatentApplicationView) env.getSource()).application()));
  }

  private Payload run(DataFetchingEnvironment env, Command command) {
    Actor actor = RequestActor.require(env);
    Optional<CaseId> id = Ids.uuid(env.getArgument("id")).map(CaseId::new);
    if (id.isEmpty()) {
      return new Payload(null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "Not found.")));
    }
    Result<NonSendingNotice> result = command.run(actor, id.get(), ExpectedVersion.of(env));
    return new Payload(result.value().orElse(null), result.errors());
  }
}
