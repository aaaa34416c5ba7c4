package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The login-failure columns of {@code user_account}; every write is one atomic statement. */
public interface LoginStateRepository extends GenericRepository<LoginStateRow, String> {
  @Query("SELECT id, failed_logins, locked_until FROM user_account WHERE id = :id")
  Optional<LoginStateRow> find(String id);

  @Query("UPDATE user_account SET failed_logins = failed_logins + 1 WHERE id = :id")
  void increment(String id);

  @Query("UPDATE user_account SET failed_logins = 0, locked_until = :until WHERE id = :id")
  void lock(String id, long until);

  @Query("UPDATE user_account SET failed_logins = 0, locked_until = NULL WHERE id = :id")
  void clear(String id);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends LoginStateRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends LoginStateRepository {}
}
