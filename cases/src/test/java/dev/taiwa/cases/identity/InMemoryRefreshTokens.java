package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Refresh tokens in a map, by key hash. */
public final class InMemoryRefreshTokens implements RefreshTokens {
  private final Map<String, RefreshToken> stored = new LinkedHashMap<>();

  @Override
  public void insert(RefreshToken token) {
    stored.put(token.keyHash(), token);
  }

  @Override
  public Optional<RefreshToken> findByKeyHash(String keyHash) {
    return Optional.ofNullable(stored.get(keyHash));
  }

  @Override
  public int revokeAll(UserId user, Instant when) {
    int revoked = 0;
    for (RefreshToken token : Map.copyOf(stored).values()) {
      if (token.userId().equals(user) && token.revokedAt() == null) {
        stored.put(
            token.keyHash(),
            new RefreshToken(
                token.keyHash(), token.userId(), token.issuedAt(), token.expiresAt(), when));
        revoked++;
      }
    }
    return revoked;
  }
}
