package dev.taiwa.service.persistence.idempotency;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.IdempotencyKeys;
import dev.taiwa.cases.idempotency.RememberedCreate;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link IdempotencyKeys} in {@code idempotency_key}: one row per (account, key), its primary key.
 * A second insert of the same pair fails, and with it the caller's transaction.
 */
@Singleton
public class JdbcIdempotencyKeys implements IdempotencyKeys {
  private final SqlStatements sql;

  JdbcIdempotencyKeys(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public Optional<RememberedCreate> find(UserId account, String key) {
    return sql
        .query(
            "SELECT operation, result_id, created_at FROM idempotency_key"
                + " WHERE account_id = ? AND idempotency_key = ?",
            row ->
                new RememberedCreate(
                    CreateOperation.valueOf(row.getString("operation")),
                    UUID.fromString(row.getString("result_id")),
                    Instant.ofEpochMilli(row.getLong("created_at"))),
            account.toString(),
            key)
        .stream()
        .findFirst();
  }

  @Override
  @Transactional
  public void remember(UserId account, String key, RememberedCreate create) {
    sql.update(
        "INSERT INTO idempotency_key"
            + " (account_id, idempotency_key, operation, result_id, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        account.toString(),
        key,
        create.operation().name(),
        create.resultId().toString(),
        create.at().toEpochMilli());
  }

  @Override
  @Transactional
  public void forget(UserId account, String key) {
    sql.update(
        "DELETE FROM idempotency_key WHERE account_id = ? AND idempotency_key = ?",
        account.toString(),
        key);
  }

  @Override
  @Transactional
  public int forgetBefore(Instant cutoff) {
    return sql.update("DELETE FROM idempotency_key WHERE created_at < ?", cutoff.toEpochMilli());
  }
}
