package dev.taiwa.graphql.admin;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.NewUser;
import dev.taiwa.cases.identity.application.OrganisationAdministration;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/** The account and organisation mutations: arguments to a command, its result to a payload. */
public final class AdminMutationFetchers {
  private final AccountAdministration accounts;
  private final OrganisationAdministration organisations;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public AdminMutationFetchers(
      AccountAdministration accounts,
      OrganisationAdministration organisations,
      OnceOnly onceOnly,
      Executor executor) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation("createUser", async(this::createUser))
        .mutation(
            "disableUser",
            onUser((actor, id, env) -> accounts.disableUser(actor, id, ExpectedVersion.of(env))))
        .mutation(
            "enableUser",
            onUser((actor, id, env) -> accounts.enableUser(actor, id, ExpectedVersion.of(env))))
        .mutation(
            "resetPassword",
            onUser(
                (actor, id, env) ->
                    accounts.resetPassword(
                        actor, id, env.getArgument("newPassword"), ExpectedVersion.of(env))))
        .mutation(
            "assignRoles",
            onUser(
                (actor, id, env) ->
                    accounts.assignRoles(
                        actor, id, roles(env.getArgument("roles")), ExpectedVersion.of(env))))
        .mutation("createOrganisation", async(this::createOrganisation));
  }

  private Object createUser(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Map<String, Object> input = env.getArgument("input");
    Optional<OrganisationId> organisation =
        Ids.uuid((String) input.get("organisationId")).map(OrganisationId::new);
    if (organisation.isEmpty()) {
      return new UserAccountPayload(
          null,
          List.of(
              Rejection.onField(ErrorCode.NOT_FOUND, "organisationId", "No such organisation.")));
    }
    NewUser command =
        new NewUser(
            (String) input.get("username"),
            (String) input.get("displayName"),
            organisation.get(),
            roles(input.get("roles")),
            (String) input.get("initialPassword"));
    return UserAccountPayload.of(
        onceOnly.create(
            actor,
            env.getArgument(OnceOnly.FIELD),
            CreateOperation.CREATE_USER,
            () -> accounts.createUser(actor, command),
            user -> user.id().value(),
            id -> accounts.user(actor, new UserId(id))));
  }

  private Object createOrganisation(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Map<String, Object> input = env.getArgument("input");
    return OrganisationPayload.of(
        onceOnly.create(
            actor,
            env.getArgument(OnceOnly.FIELD),
            CreateOperation.CREATE_ORGANISATION,
            () ->
                organisations.create(
                    actor,
                    (String) input.get("name"),
                    (OrganisationKind) input.get("kind"),
                    (String) input.get("representative"),
                    (String) input.get("address")),
            organisation -> organisation.id().value(),
            id -> organisations.find(actor, new OrganisationId(id))));
  }

  /** A command on an existing account; an id that is no UUID answers NOT_FOUND unasked. */
  private DataFetcher<?> onUser(UserCommand command) {
    return async(
        env -> {
          Actor actor = RequestActor.require(env);
          return Ids.uuid(env.getArgument("id"))
              .map(UserId::new)
              .map(id -> UserAccountPayload.of(command.run(actor, id, env)))
              .orElseGet(() -> UserAccountPayload.notFound("id"));
        });
  }

  @SuppressWarnings("unchecked")
  private static Set<Role> roles(Object value) {
    List<Role> roles = (List<Role>) value;
    return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  private DataFetcher<?> async(DataFetcher<?> fetcher) {
    return AsyncDataFetcher.async(fetcher, executor);
  }

  @FunctionalInterface
  private interface UserCommand {
    Result<UserAccount> run(Actor actor, UserId id, DataFetchingEnvironment env);
  }
}
