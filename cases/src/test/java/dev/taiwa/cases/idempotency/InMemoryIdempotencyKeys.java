package dev.taiwa.cases.idempotency;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link IdempotencyKeys} in a map; like the database, refuses to remember a key twice. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {
  private final Map<String, RememberedCreate> keys = new LinkedHashMap<>();

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

  public int size() {
    return keys.size();
  }
}
