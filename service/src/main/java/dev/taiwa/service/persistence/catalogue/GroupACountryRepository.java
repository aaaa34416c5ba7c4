package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Rows of {@code group_a_country}. */
public interface GroupACountryRepository extends GenericRepository<GroupACountryRow, String> {
  List<GroupACountryRow> findAll();

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends GroupACountryRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends GroupACountryRepository {}
}
