package dev.taiwa.graphql.identity;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.Executor;

/** {@code me} and the {@code Organisation} type. */
public final class IdentityFetchers {
  private final UserAccounts userAccounts;
  private final Executor executor;

  public IdentityFetchers(UserAccounts userAccounts, Executor executor) {
    this.userAccounts = userAccounts;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("me", AsyncDataFetcher.async(this::me, executor))
        .type(
            newTypeWiring("Me")
                .dataFetcher(
                    "organisation",
                    env -> OrganisationLoader.load(env, env.<MeView>getSource().organisationId())))
        .type(
            newTypeWiring("Organisation")
                .dataFetcher("id", env -> env.<Organisation>getSource().id().toString()))
        .enumeration("Role", Role.class)
        .enumeration("OrganisationKind", OrganisationKind.class);
  }

  private MeView me(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    UserAccount account =
        userAccounts
            .find(actor.userId())
            .orElseThrow(
                () ->
                    new RefusalException(
                        RefusalException.UNAUTHENTICATED,
                        "The signed-in account no longer exists."));
    return new MeView(
        account.username(),
        account.displayName(),
        actor.roles().stream().sorted().toList(),
        actor.organisationId());
  }
}
