package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Optional;

/** Port: issued refresh tokens, stored by the hash of their key. Writes join the transaction. */
public interface RefreshTokens {
  void insert(RefreshToken token);

  Optional<RefreshToken> findByKeyHash(String keyHash);

  /** Revokes every still-valid token of {@code user} at {@code when}; returns how many. */
  int revokeAll(UserId user, Instant when);

  /**
   * Marks the token exchanged at {@code when}, only if it is neither exchanged nor revoked yet, in
   * one atomic step; true when this call did (of two concurrent exchanges one wins).
   */
  boolean spend(String keyHash, Instant when);

  /** Revokes every still-valid token of {@code family} at {@code when}; returns how many. */
  int revokeFamily(String family, Instant when);
}
