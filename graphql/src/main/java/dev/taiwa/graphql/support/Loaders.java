package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.Actor;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

/** Finds the request's DataLoaders, which {@code TaiwaGraphQL.prepare} registers. */
public final class Loaders {
  private Loaders() {}

  public static <K, V> DataLoader<K, V> get(DataFetchingEnvironment env, String name) {
    DataLoader<K, V> loader = env.getDataLoader(name);
    if (loader == null) {
      throw new IllegalStateException(
          "DataLoader "
              + name
              + " is missing: prepare the ExecutionInput with TaiwaGraphQL.prepare");
    }
    return loader;
  }

  /**
   * A loader for one request of {@code actor}: each batch of keys is answered by one call of {@code
   * batch} on {@code executor}; a key the answer leaves out gets {@code absent}.
   */
  public static <K, V> DataLoader<K, V> batched(
      BiFunction<Actor, List<K>, Map<K, V>> batch, V absent, Executor executor, Actor actor) {
    BatchLoaderWithContext<K, V> loader =
        (keys, environment) ->
            CompletableFuture.supplyAsync(
                () -> {
                  Map<K, V> found =
                      batch.apply(RequestActor.requireActor(environment.getContext()), keys);
                  return keys.stream().map(k -> found.getOrDefault(k, absent)).toList();
                },
                executor);
    return forActor(loader, actor);
  }

  /** A DataLoader of one request whose batches get {@code actor} as their context. */
  public static <K, V> DataLoader<K, V> forActor(BatchLoaderWithContext<K, V> loader, Actor actor) {
    return DataLoaderFactory.newDataLoader(
        loader, DataLoaderOptions.newOptions().setBatchLoaderContextProvider(() -> actor));
  }

  /**
   * {@link #batched} for keys (such as a case) that a batch answers by their id: a key whose id the
   * answer leaves out gets {@code absent}.
   */
  public static <K, I, V> DataLoader<K, V> byKeyOf(
      Function<K, I> id,
      BiFunction<Actor, List<K>, Map<I, V>> batch,
      V absent,
      Executor executor,
      Actor actor) {
    return batched(
        (caller, keys) -> {
          Map<I, V> found = batch.apply(caller, keys);
          Map<K, V> byKey = new HashMap<>();
          for (K key : keys) {
            V value = found.get(id.apply(key));
            if (value != null) {
              byKey.put(key, value);
            }
          }
          return byKey;
        },
        absent,
        executor,
        actor);
  }
}
