package dev.taiwa.graphql.admin;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.application.AccountAdministration;
import dev.taiwa.cases.identity.application.OrganisationAdministration;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.graphql.identity.OrganisationLoader;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.Executor;

/** {@code users}, {@code organisations} and the {@code UserAccount} type. */
public final class AdminQueryFetchers {
  private final AccountAdministration accounts;
  private final OrganisationAdministration organisations;
  private final Executor executor;

  public AdminQueryFetchers(
      AccountAdministration accounts, OrganisationAdministration organisations, Executor executor) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("users", AsyncDataFetcher.async(this::users, executor))
        .query("organisations", AsyncDataFetcher.async(this::organisations, executor))
        .type(
            newTypeWiring("UserAccount")
                .dataFetcher("id", env -> env.<UserAccount>getSource().id().toString())
                .dataFetcher(
                    "roles", env -> env.<UserAccount>getSource().roles().stream().sorted().toList())
                .dataFetcher(
                    "organisation",
                    env ->
                        OrganisationLoader.load(
                            env, env.<UserAccount>getSource().organisationId())));
  }

  private List<UserAccount> users(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    String organisation = env.getArgument("organisationId");
    OrganisationId filter = null;
    if (organisation != null) {
      filter =
          Ids.uuid(organisation)
              .map(OrganisationId::new)
              .orElseThrow(
                  () -> new RefusalException(ErrorCode.NOT_FOUND, "No such organisation."));
    }
    Result<List<UserAccount>> result = accounts.users(actor, filter);
    if (!result.accepted()) {
      Rejection first = result.errors().get(0);
      throw new RefusalException(first.code(), first.message());
    }
    return result.value().orElse(List.of());
  }

  private List<Organisation> organisations(DataFetchingEnvironment env) {
    return organisations.visibleTo(RequestActor.require(env));
  }
}
