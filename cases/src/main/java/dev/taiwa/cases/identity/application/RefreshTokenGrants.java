package dev.taiwa.cases.identity.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.RefreshToken;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.AuditAction;
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
 * a new access token once (rotation: the exchange issues its successor, of the same family) until
 * it expires ({@code lifetime} after issue) or is revoked (when its account is disabled, its
 * password reset or its roles changed), and only while its account is enabled. The account is read
 * afresh, so a new access token carries the account's current roles.
 *
 * <p>A token presented again after its exchange was copied: its holder or a thief has the
 * successor. Its whole family is revoked, so both must log in again (the owner can; the thief
 * cannot), and the reuse is audited as {@code REFRESH_TOKEN_REUSED}.
 */
public final class RefreshTokenGrants {
  /** The audit action of a spent refresh token presented again. */
  private final RefreshTokens tokens;

  private final UserAccounts users;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration lifetime;

  /** What an exchange gives: the account as it is now, and the family the successor joins. */
  public record Redemption(UserAccount account, String family) {}

  public RefreshTokenGrants(
      RefreshTokens tokens,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      Duration lifetime) {
    this.tokens = tokens;
    this.users = users;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("refresh token lifetime must be positive");
    }
  }

  /**
   * Records a token just issued to {@code user} with the secret {@code key}: at a login ({@code
   * family} null, it starts its own family) or as the successor of an exchanged token of {@code
   * family}.
   */
  public void issued(UserId user, String key, String family) {
    Instant now = clock.instant();
    String hash = hashOf(key);
    RefreshToken token =
        new RefreshToken(
            hash, user, family == null ? hash : family, now, now.plus(lifetime), null, null);
    unitOfWork.inTransaction(
        () -> {
          tokens.insert(token);
          return token;
        });
  }

  /**
   * Exchanges the token with {@code key}: the enabled account it belongs to and its family, once;
   * empty when it is unknown, expired, revoked, spent, or its account is disabled. A spent token
   * revokes its family.
   */
  public Optional<Redemption> redeem(String key) {
    Instant now = clock.instant();
    String hash = hashOf(key);
    Optional<RefreshToken> found = tokens.findByKeyHash(hash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RefreshToken token = found.get();
    if (token.spent() && token.revokedAt() == null) {
      reused(token, now);
      return Optional.empty();
    }
    Optional<UserAccount> account =
        Optional.of(token)
            .filter(t -> t.usableAt(now))
            .flatMap(t -> users.find(t.userId()))
            .filter(UserAccount::enabled);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    if (!unitOfWork.inTransaction(() -> tokens.spend(hash, now))) {
      reused(token, now);
      return Optional.empty();
    }
    return Optional.of(new Redemption(account.get(), token.family()));
  }

  private void reused(RefreshToken token, Instant now) {
    Optional<UserAccount> owner = users.find(token.userId());
    unitOfWork.inTransaction(
        () -> {
          int revoked = tokens.revokeFamily(token.family(), now);
          auditLog.append(
              new AuditEntry(
                  now,
                  token.userId(),
                  owner.map(UserAccount::username).orElse(null),
                  owner.map(UserAccount::organisationId).orElse(null),
                  null,
                  AuditAction.REFRESH_TOKEN_REUSED,
                  AuditOutcome.REJECTED,
                  "A refresh token was presented again after it had been exchanged (copied or"
                      + " stolen): revoked "
                      + revoked
                      + " token(s) of its login; the account must log in again"));
          return revoked;
        });
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
