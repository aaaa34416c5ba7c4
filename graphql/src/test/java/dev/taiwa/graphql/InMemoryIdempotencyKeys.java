package dev.taiwa.graphql;

import dev.taiwa.cases.idempotency.IdempotencyKeys;
import dev.taiwa.cases.idempotency.RememberedCreate;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** {@link IdempotencyKeys} in a map, refusing a key twice like the database; no transactions. */
final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  /** Runs work as it comes: the harness's use cases are mocks or in-memory. */
  static final UnitOfWork DIRECT =
      new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }

        @Override
        public <T> T readOnly(Supplier<T> work) {
          return work.get();
        }
      };

  private final Map<String, RememberedCreate> keys = new ConcurrentHashMap<>();

  @Override
  public Optional<RememberedCreate> find(UserId account, String key) {
    return Optional.ofNullable(keys.get(account + " " + key));
  }

  @Override
  public void remember(UserId account, String key, RememberedCreate create) {
    if (keys.putIfAbsent(account + " " + key, create) != null) {
      throw new IllegalStateException("duplicate key (account, idempotency key)");
    }
  }

  @Override
  public void forget(UserId account, String key) {
    keys.remove(account + " " + key);
  }

  @Override
  public int forgetBefore(Instant cutoff) {
    int before = keys.size();
    keys.values().removeIf(create -> create.at().isBefore(cutoff));
    return before - keys.size();
  }
}
