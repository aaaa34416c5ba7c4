package dev.taiwa.graphql.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

class RequestLoadersTest {
  private final AtomicInteger made = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();

  private DataLoader<?, ?> doubling() {
    made.incrementAndGet();
    return DataLoaderFactory.<Integer, Integer>newDataLoader(
        keys -> {
          batches.incrementAndGet();
          return CompletableFuture.completedFuture(keys.stream().map(k -> k * 2).toList());
        });
  }

  @Test
  void aLoaderIsMadeAtItsFirstUseOnlyAndDispatchedWithTheOthersMade() {
    RequestLoaders loaders =
        new RequestLoaders()
            .register("doubling", this::doubling)
            .register("unused", this::doubling);

    assertEquals(0, made.get(), "nothing is made before a field asks");
    DataLoader<Integer, Integer> first = loaders.getDataLoader("doubling");
    DataLoader<Integer, Integer> again = loaders.getDataLoader("doubling");
    assertSame(first, again);
    assertEquals(1, made.get());

    CompletableFuture<List<Integer>> answers = first.loadMany(List.of(1, 2, 3));
    loaders.dispatchAll();
    assertEquals(List.of(2, 4, 6), answers.join());
    assertEquals(1, batches.get(), "the three keys go in one batch");
    assertEquals(List.of("doubling"), List.copyOf(loaders.getKeys()));
  }

  @Test
  void anUnknownNameHasNoLoaderAndANameRegisteredTwiceIsRefused() {
    RequestLoaders loaders = new RequestLoaders().register("doubling", this::doubling);

    assertNull(loaders.getDataLoader("missing"));
    assertThrows(IllegalStateException.class, () -> loaders.register("doubling", this::doubling));
  }
}
