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
            token.issuedAt().toEpochMilli(),
            token.expiresAt().toEpochMilli(),
            token.revokedAt() == null ? null : token.revokedAt().toEpochMilli()));
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
                    Instant.ofEpochMilli(row.issuedAt()),
                    Instant.ofEpochMilli(row.expiresAt()),
                    row.revokedAt() == null ? null : Instant.ofEpochMilli(row.revokedAt())));
  }

  @Override
  public int revokeAll(UserId user, Instant when) {
    return repository.revokeAll(user.toString(), when.toEpochMilli());
  }
}
