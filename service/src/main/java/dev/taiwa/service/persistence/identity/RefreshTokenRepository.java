package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Rows of {@code refresh_token}; one dialect-specific implementation per database. */
public interface RefreshTokenRepository extends GenericRepository<RefreshTokenRow, String> {
  Optional<RefreshTokenRow> findById(String keyHash);

  RefreshTokenRow save(RefreshTokenRow row);

  @Query(
      "UPDATE refresh_token SET revoked_at = :when"
          + " WHERE user_id = :userId AND revoked_at IS NULL")
  int revokeAll(String userId, long when);

  @Query(
      "UPDATE refresh_token SET used_at = :when"
          + " WHERE key_hash = :keyHash AND used_at IS NULL AND revoked_at IS NULL")
  int spend(String keyHash, long when);

  @Query(
      "UPDATE refresh_token SET revoked_at = :when"
          + " WHERE family = :family AND revoked_at IS NULL")
  int revokeFamily(String family, long when);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends RefreshTokenRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends RefreshTokenRepository {}
}
