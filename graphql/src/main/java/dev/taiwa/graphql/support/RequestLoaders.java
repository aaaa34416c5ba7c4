package dev.taiwa.graphql.support;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * One request's DataLoaders, each made when a field of the request first asks for it: a list that
 * reads two edges makes two loaders, not one for every edge of the schema, and graphql-java's
 * dispatch after each level of the answer visits only the loaders made. What a loader batches, and
 * for whom, is the same as if it had been made up front.
 */
public final class RequestLoaders extends DataLoaderRegistry {
  private final Map<String, Supplier<DataLoader<?, ?>>> makers = new HashMap<>();

  /** Registers how to make the loader {@code name} for this request; made at its first use. */
  public RequestLoaders register(String name, Supplier<DataLoader<?, ?>> maker) {
    if (makers.putIfAbsent(name, maker) != null) {
      throw new IllegalStateException("DataLoader " + name + " is registered twice");
    }
    return this;
  }

  @Override
  public <K, V> DataLoader<K, V> getDataLoader(String name) {
    Supplier<DataLoader<?, ?>> maker = makers.get(name);
    return maker == null ? super.getDataLoader(name) : computeIfAbsent(name, key -> maker.get());
  }
}
