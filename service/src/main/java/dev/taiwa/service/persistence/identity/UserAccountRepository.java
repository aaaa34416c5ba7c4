package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Rows of {@code user_account}; one dialect-specific implementation per database. */
public interface UserAccountRepository extends GenericRepository<UserAccountRow, String> {
  Optional<UserAccountRow> findById(String id);

  Optional<UserAccountRow> findByUsername(String username);

  List<UserAccountRow> findByIdIn(Collection<String> ids);

  UserAccountRow save(UserAccountRow row);

  /**
   * Stores what an administrator may change of the account if it is still at {@code version}, and
   * counts the version up; the number of rows changed (0 when it moved on or does not exist).
   */
  @Query(
      "UPDATE user_account SET display_name = :displayName, roles = :roles,"
          + " password_hash = :passwordHash, enabled = :enabled, session_epoch = :sessionEpoch,"
          + " version = version + 1 WHERE id = :id AND version = :version")
  long updateAtVersion(
      String id,
      String displayName,
      String roles,
      String passwordHash,
      boolean enabled,
      long sessionEpoch,
      long version);

  List<UserAccountRow> listOrderByUsername();

  List<UserAccountRow> findByOrganisationIdOrderByUsername(String organisationId);

  long count();

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends UserAccountRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends UserAccountRepository {}
}
