package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
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

  UserAccountRow update(UserAccountRow row);

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
