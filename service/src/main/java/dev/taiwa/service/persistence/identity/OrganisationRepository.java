package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Rows of {@code organisation}; one dialect-specific implementation per database. */
public interface OrganisationRepository extends GenericRepository<OrganisationRow, String> {
  Optional<OrganisationRow> findById(String id);

  List<OrganisationRow> findByIdIn(Collection<String> ids);

  List<OrganisationRow> listOrderByName();

  OrganisationRow save(OrganisationRow row);

  long count();

  /** On SQLite only the MySQL dialect passes every repository operation. */
  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends OrganisationRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends OrganisationRepository {}
}
