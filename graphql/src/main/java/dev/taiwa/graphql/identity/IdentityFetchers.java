package dev.taiwa.graphql.identity;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.identity.application.Colleague;
import dev.taiwa.cases.identity.application.People;
import dev.taiwa.cases.identity.application.PersonView;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.Executor;

/** {@code me}, {@code colleagues} and the {@code Organisation} and {@code Person} types. */
public final class IdentityFetchers {
  private final UserAccounts userAccounts;
  private final People people;
  private final Executor executor;

  public IdentityFetchers(UserAccounts userAccounts, People people, Executor executor) {
    this.userAccounts = userAccounts;
    this.people = people;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("me", AsyncDataFetcher.async(this::me, executor))
        .query("colleagues", AsyncDataFetcher.async(this::colleagues, executor))
        .type(
            newTypeWiring("Person")
                .dataFetcher(
                    "id",
                    env -> env.<PersonView>getSource().id().map(Object::toString).orElse(null)))
        .type(
            newTypeWiring("Colleague")
                .dataFetcher("id", env -> env.<Colleague>getSource().id().toString()))
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

  private List<Colleague> colleagues(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Result<List<Colleague>> result = people.colleagues(actor, env.getArgument("role"));
    if (!result.accepted()) {
      throw new RefusalException(result.errors().get(0).code(), result.errors().get(0).message());
    }
    return result.value().orElseThrow();
  }

  private MeView me(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    UserAccount account =
        RequestActor.account(env)
            .or(() -> userAccounts.find(actor.userId()))
            .orElseThrow(
                () ->
                    new RefusalException(
                        RefusalException.UNAUTHENTICATED,
                        "The signed-in account no longer exists."));
    return new MeView(
        account.id().toString(),
        account.username(),
        account.displayName(),
        actor.roles().stream().sorted().toList(),
        actor.organisationId());
  }
}
