package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A refresh token as stored: only a hash of its secret key, whose account, its family (the key hash
 * of the token a login issued; every token exchanged from it inherits it), when it was issued,
 * expires, was exchanged ({@code usedAt}: a token is exchanged once) and was revoked ({@code null}:
 * still valid until it expires).
 */
public record RefreshToken(
    String keyHash,
    UserId userId,
    String family,
    Instant issuedAt,
    Instant expiresAt,
    Instant usedAt,
    Instant revokedAt) {
  public RefreshToken {
    Objects.requireNonNull(keyHash, "key hash");
    Objects.requireNonNull(userId, "user id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(issuedAt, "issued at");
    Objects.requireNonNull(expiresAt, "expires at");
  }

  /** A token a login issued: the first of its own family, not yet exchanged. */
  public RefreshToken(
      String keyHash, UserId userId, Instant issuedAt, Instant expiresAt, Instant revokedAt) {
    this(keyHash, userId, keyHash, issuedAt, expiresAt, null, revokedAt);
  }

  /** True when the token may still be exchanged for an access token at {@code now}. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && usedAt == null && now.isBefore(expiresAt);
  }

  /** True when the token was exchanged already: presenting it again means it was copied. */
  public boolean spent() {
    return usedAt != null;
  }
}
