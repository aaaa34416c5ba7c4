package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.RefreshToken;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.kernel.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** {@link RefreshTokens} in {@code refresh_token}. */
@Singleton
public class JdbcRefreshTokens implements RefreshTokens {
  private final RefreshTokenRepository repository;

  public JdbcRefreshTokens(RefreshTokenRepository repository) {
    this.repository = repository;
  }

  @Override
  public void insert(RefreshToken token) {
    repository.save(
        new RefreshTokenRow(
            token.keyHash(),
            token.userId().toString(),
            token.family(),
            token.issuedAt().toEpochMilli(),
            token.expiresAt().toEpochMilli(),
            millis(token.usedAt()),
            millis(token.revokedAt())));
  }

  @Override
  public Optional<RefreshToken> findByKeyHash(String keyHash) {
    return repository
        .findById(keyHash)
        .map(
            row ->
                new RefreshToken(
                    row.keyHash(),
                    UserId.parse(row.userId()),
                    row.family(),
                    Instant.ofEpochMilli(row.issuedAt()),
                    Instant.ofEpochMilli(row.expiresAt()),
                    instant(row.usedAt()),
                    instant(row.revokedAt())));
  }

  @Override
  public int revokeAll(UserId user, Instant when) {
    return repository.revokeAll(user.toString(), when.toEpochMilli());
  }

  @Override
  public boolean spend(String keyHash, Instant when) {
    return repository.spend(keyHash, when.toEpochMilli()) == 1;
  }

  @Override
  public int revokeFamily(String family, Instant when) {
    return repository.revokeFamily(family, when.toEpochMilli());
  }

  private static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}
