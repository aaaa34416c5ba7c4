package dev.taiwa.graphql.identity;

import dev.taiwa.cases.identity.application.People;
import dev.taiwa.cases.identity.application.PersonView;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.support.Loaders;
import dev.taiwa.graphql.support.RequestActor;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;

/**
 * Batches the people a request names (case officers, meeting attendees, who decided) into one
 * {@link People#named} call, which shows names and offices and the ids only to officials.
 */
public final class PersonLoader {
  public static final String NAME = "people";

  private PersonLoader() {}

  /** A loader for one request; its batch context is the request's actor. */
  public static DataLoader<UserId, PersonView> create(
      People people, Executor executor, Actor actor) {
    BatchLoaderWithContext<UserId, PersonView> loader =
        (ids, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Actor caller = RequestActor.requireActor(environment.getContext());
                  Map<UserId, PersonView> named = people.named(caller, ids);
                  return ids.stream().map(named::get).toList();
                },
                executor);
    return Loaders.forActor(loader, actor);
  }

  /** The person behind {@code id}; null for a null id. */
  public static CompletableFuture<PersonView> load(DataFetchingEnvironment env, UserId id) {
    return id == null
        ? CompletableFuture.completedFuture(null)
        : Loaders.<UserId, PersonView>get(env, NAME).load(id);
  }

  /** The people behind {@code ids}, in order. */
  public static CompletableFuture<List<PersonView>> loadMany(
      DataFetchingEnvironment env, List<UserId> ids) {
    return Loaders.<UserId, PersonView>get(env, NAME).loadMany(ids);
  }
}
