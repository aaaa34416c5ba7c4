package dev.taiwa.graphql.identity;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/** Batches organisation look-ups of one request into one {@link Organisations#findAll} call. */
public final class OrganisationLoader
    implements BatchLoaderWithContext<OrganisationId, Organisation> {
  public static final String NAME = "organisations";

  private final Organisations organisations;
  private final Executor executor;

  private OrganisationLoader(Organisations organisations, Executor executor) {
    this.organisations = organisations;
    this.executor = executor;
  }

  /** A loader for one request; its batch context is the request's actor. */
  public static DataLoader<OrganisationId, Organisation> create(
      Organisations organisations, Executor executor, Actor actor) {
    return Loaders.forActor(new OrganisationLoader(organisations, executor), actor);
  }

  /** The organisation behind {@code id}, batched with every other look-up of this request. */
  public static CompletableFuture<Organisation> load(
      DataFetchingEnvironment env, OrganisationId id) {
    return Loaders.<OrganisationId, Organisation>get(env, NAME).load(id);
  }

  @Override
  public CompletionStage<List<Organisation>> load(
      List<OrganisationId> ids, BatchLoaderEnvironment environment) {
    return CompletableFuture.supplyAsync(
        () -> {
          RequestActor.requireActor(environment.getContext());
          Map<OrganisationId, Organisation> found =
              organisations.findAll(ids).stream()
                  .collect(Collectors.toMap(Organisation::id, Function.identity(), (a, b) -> a));
          return ids.stream().map(found::get).toList();
        },
        executor);
  }
}
