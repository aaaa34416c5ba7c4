package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.identity.RefreshToken;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Refresh tokens: a token's secret key is stored only as its SHA-256 hash; it can be exchanged for
 * a new access token until it expires ({@code lifetime} after issue) or is revoked (when its
 * account is disabled or its password reset), and only while its account is enabled. The account is
 * read afresh, so a new access token carries the account's current roles.
 */
public final class RefreshTokenGrants {
  private final RefreshTokens tokens;
  private final UserAccounts users;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration lifetime;

  public RefreshTokenGrants(
      RefreshTokens tokens,
      UserAccounts users,
      UnitOfWork unitOfWork,
      Clock clock,
      Duration lifetime) {
    this.tokens = tokens;
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("refresh token lifetime must be positive");
    }
  }

  /** Records a token just issued to {@code user} with the secret {@code key}. */
  public void issued(UserId user, String key) {
    Instant now = clock.instant();
    RefreshToken token = new RefreshToken(hashOf(key), user, now, now.plus(lifetime), null);
    unitOfWork.inTransaction(
        () -> {
          tokens.insert(token);
          return token;
        });
  }

  /** The enabled account a still-usable token with {@code key} belongs to; empty otherwise. */
  public Optional<UserAccount> redeem(String key) {
    Instant now = clock.instant();
    return tokens
        .findByKeyHash(hashOf(key))
        .filter(token -> token.usableAt(now))
        .flatMap(token -> users.find(token.userId()))
        .filter(UserAccount::enabled);
  }

  /** SHA-256 of the key in lower-case hex: what the store keeps instead of the key. */
  public static String hashOf(String key) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
