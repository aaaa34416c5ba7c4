package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A refresh token as stored: only a hash of its secret key, whose account, when it was issued and
 * when it expires, and when it was revoked ({@code null}: still valid until it expires).
 */
public record RefreshToken(
    String keyHash, UserId userId, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
  public RefreshToken {
    Objects.requireNonNull(keyHash, "key hash");
    Objects.requireNonNull(userId, "user id");
    Objects.requireNonNull(issuedAt, "issued at");
    Objects.requireNonNull(expiresAt, "expires at");
  }

  /** True when the token may still be exchanged for an access token at {@code now}. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }
}
