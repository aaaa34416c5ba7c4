package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.service.persistence.database.OnPostgres;
import dev.taiwa.service.persistence.database.OnSqlite;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Rows of {@code technology_revision} and {@code technology_item}. */
public interface TechnologyRevisionRepository
    extends GenericRepository<TechnologyRevisionRow, String> {

  @Query(
      "SELECT id, notice_reference, effective_date, note FROM technology_revision"
          + " ORDER BY effective_date, id")
  List<TechnologyRevisionRow> findAllOldestFirst();

  @Query(
      "SELECT revision_id, item_number, name_ja, name_en, status, effective_from"
          + " FROM technology_item ORDER BY revision_id, item_number")
  List<TechnologyItemRow> findAllItems();

  @OnSqlite
  @JdbcRepository(dialect = Dialect.MYSQL)
  interface Sqlite extends TechnologyRevisionRepository {}

  @OnPostgres
  @JdbcRepository(dialect = Dialect.POSTGRES)
  interface Postgres extends TechnologyRevisionRepository {}
}
