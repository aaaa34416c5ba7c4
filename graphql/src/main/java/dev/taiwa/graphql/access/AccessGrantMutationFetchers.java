package dev.taiwa.graphql.access;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.access.application.AccessGrantCommands;
import dev.taiwa.cases.access.application.GrantAccess;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The grant mutations: arguments to a command, the command's result to a payload. An id that is no
 * UUID answers NOT_FOUND on its field without calling the command.
 */
public final class AccessGrantMutationFetchers {
  private final AccessGrantCommands commands;
  private final Clock clock;
  private final Executor executor;

  public AccessGrantMutationFetchers(AccessGrantCommands commands, Clock clock, Executor executor) {
    this.commands = commands;
    this.clock = clock;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation("grantAccess", async(this::grantAccess))
        .mutation(
            "revokeAccess",
            async(
                env ->
                    withId(env, "grantId", GrantId::new)
                        .map(
                            id ->
                                payload(
                                    commands.revoke(
                                        RequestActor.require(env), id, env.getArgument("reason"))))
                        .orElseGet(() -> AccessGrantPayload.notFound("grantId"))))
        .mutation(
            "openBreakGlass",
            async(
                env ->
                    withId(env, "caseId", CaseId::new)
                        .map(
                            id ->
                                payload(
                                    commands.openBreakGlass(
                                        RequestActor.require(env), id, env.getArgument("reason"))))
                        .orElseGet(() -> AccessGrantPayload.notFound("caseId"))))
        .mutation(
            "reviewBreakGlass",
            async(
                env ->
                    withId(env, "grantId", GrantId::new)
                        .map(
                            id ->
                                payload(
                                    commands.reviewBreakGlass(
                                        RequestActor.require(env), id, env.getArgument("note"))))
                        .orElseGet(() -> AccessGrantPayload.notFound("grantId"))));
  }

  private AccessGrantPayload grantAccess(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Map<String, Object> input = env.getArgument("input");
    Optional<UserId> grantee = Ids.uuid((String) input.get("granteeId")).map(UserId::new);
    Optional<CaseId> caseId = Ids.uuid((String) input.get("caseId")).map(CaseId::new);
    if (grantee.isEmpty()) {
      return AccessGrantPayload.notFound("granteeId");
    }
    if (caseId.isEmpty()) {
      return AccessGrantPayload.notFound("caseId");
    }
    GrantAccess command =
        new GrantAccess(
            grantee.get(),
            caseId.get(),
            (String) input.get("reason"),
            (Instant) input.get("expiresAt"));
    return payload(commands.grant(actor, command));
  }

  private AccessGrantPayload payload(Result<AccessGrant> result) {
    return AccessGrantPayload.of(result, clock.instant());
  }

  private static <T> Optional<T> withId(
      DataFetchingEnvironment env, String argument, Function<UUID, T> type) {
    return Ids.uuid(env.getArgument(argument)).map(type);
  }

  private DataFetcher<?> async(DataFetcher<AccessGrantPayload> fetcher) {
    return AsyncDataFetcher.async(fetcher, executor);
  }
}
