package dev.taiwa.service.persistence.access;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Looks a case id up in every case table; one dialect-specific implementation per database. It maps
 * no entity of its own: the row type only satisfies Micronaut Data's repository contract.
 */
public interface KnownCaseRepository extends GenericRepository<AccessGrantRow, String> {
  /** How many case tables hold a case with this id (0 or 1). */
  @Query(
      "SELECT (SELECT COUNT(*) FROM pre_report WHERE id = :caseId)"
          + " + (SELECT COUNT(*) FROM patent_application WHERE id = :caseId)"
          + " + (SELECT COUNT(*) FROM prior_confirmation WHERE id = :caseId)")
  long countCases(String caseId);

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends KnownCaseRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends KnownCaseRepository {}
}
