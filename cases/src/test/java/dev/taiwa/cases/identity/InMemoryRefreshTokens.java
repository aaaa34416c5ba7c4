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
    return revokeWhere(token -> token.userId().equals(user), when);
  }

  @Override
  public boolean spend(String keyHash, Instant when) {
    RefreshToken token = stored.get(keyHash);
    if (token == null || token.usedAt() != null || token.revokedAt() != null) {
      return false;
    }
    stored.put(
        keyHash,
        new RefreshToken(
            token.keyHash(),
            token.userId(),
            token.family(),
            token.issuedAt(),
            token.expiresAt(),
            when,
            null));
    return true;
  }

  @Override
  public int revokeFamily(String family, Instant when) {
    return revokeWhere(token -> token.family().equals(family), when);
  }

  private int revokeWhere(java.util.function.Predicate<RefreshToken> which, Instant when) {
    int revoked = 0;
    for (RefreshToken token : Map.copyOf(stored).values()) {
      if (which.test(token) && token.revokedAt() == null) {
        stored.put(
            token.keyHash(),
            new RefreshToken(
                token.keyHash(),
                token.userId(),
                token.family(),
                token.issuedAt(),
                token.expiresAt(),
                token.usedAt(),
                when));
        revoked++;
      }
    }
    return revoked;
  }
}
