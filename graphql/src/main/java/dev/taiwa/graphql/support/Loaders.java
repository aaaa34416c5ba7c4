package dev.taiwa.graphql.support;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

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
}
