package dev.taiwa.cases.idempotency;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the idempotency keys of accepted creates, one per (account, key). The store holds (account,
 * key) unique: remembering a key twice fails, and so fails the transaction it runs in — this is
 * what stops two racing retries from both creating.
 */
public interface IdempotencyKeys {
  /** The create remembered under the account's key, expired or not; empty when none. */
  Optional<RememberedCreate> find(UserId account, String key);

  /**
   * Remembers the create under the account's key, in the caller's transaction. Throws when the
   * account already has that key.
   */
  void remember(UserId account, String key, RememberedCreate create);

  /** Forgets the account's key, in the caller's transaction (an expired key about to be reused). */
  void forget(UserId account, String key);

  /** Forgets every key remembered before {@code cutoff}; how many were forgotten. */
  int forgetBefore(Instant cutoff);
}
