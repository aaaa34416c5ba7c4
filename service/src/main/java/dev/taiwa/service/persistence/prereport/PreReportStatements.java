package dev.taiwa.service.persistence.prereport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hand-written pre-report statements, run on the caller's connection and transaction: the
 * batched insert (with, on SQLite, its search rows and counts) and the optimistic update (the
 * filtered list is {@link PreReportSearchSql}, run by {@link SqlStatements}).
 */
@Singleton
class PreReportStatements {
  /** Every column but the id, in the order of the full update. */
  private static final List<PreReportColumn> COLUMNS = PreReportColumn.ALL_BUT_ID;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqlStatements statements;

  PreReportStatements(SqlStatements statements) {
    this.statements = statements;
  }

  /** Inserts {@code rows} in one JDBC batch, every column set. */
  void insertAll(List<PreReportRow> rows) {
    StringBuilder sql = new StringBuilder("INSERT INTO pre_report (id");
    COLUMNS.forEach(column -> sql.append(", ").append(column.sqlName()));
    sql.append(") VALUES (?").append(", ?".repeat(COLUMNS.size())).append(')');
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (PreReportRow row : rows) {
      List<Object> columns = new ArrayList<>(COLUMNS.size() + 1);
      columns.add(row.id());
      COLUMNS.forEach(column -> columns.add(column.valueIn(row)));
      values.add(columns);
    }
    statements.batch(sql.toString(), values);
  }

  /**
   * On SQLite, the search rows (and so the FTS5 trigram entries) and the per-state counts of the
   * reports just inserted ({@code ids}), one statement each for the whole batch (V41: triggers did
   * it row by row, and FTS5 writes an index segment at each statement that changes it). The ids
   * travel as one JSON array, so the statements stay the same whatever the batch's size.
   */
  void indexInserted(List<String> ids) {
    String inserted;
    try {
      inserted = JSON.writeValueAsString(ids);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report ids as JSON", e);
    }
    statements.update(
        "INSERT INTO pre_report_search (report_id, body)"
            + " SELECT id, search_text FROM pre_report"
            + " WHERE id IN (SELECT value FROM json_each(?)) AND search_text IS NOT NULL",
        inserted);
    statements.update(
        "INSERT INTO pre_report_count (organisation_id, state, reports)"
            + " SELECT organisation_id, state, COUNT(*) FROM pre_report"
            + " WHERE id IN (SELECT value FROM json_each(?)) GROUP BY organisation_id, state"
            + " ON CONFLICT (organisation_id, state) DO UPDATE"
            + " SET reports = reports + excluded.reports",
        inserted);
  }

  /**
   * Writes {@code row} over the stored row if that is at {@code row.version() - 1}; row count. With
   * {@code stored}, the row as this transaction wrote it before, only the columns that differ from
   * it are set: SQLite rewrites every index on a column the statement sets, changed or not, so a
   * submission right after its draft (an import) rewrites its state's and date's indexes only, not
   * all of the report's.
   */
  int updateIfUnchanged(PreReportRow row, PreReportRow stored) {
    StringBuilder sql = new StringBuilder("UPDATE pre_report SET ");
    List<Object> values = new ArrayList<>();
    for (PreReportColumn column : COLUMNS) {
      Object value = column.valueIn(row);
      if (stored == null || !Objects.equals(value, column.valueIn(stored))) {
        sql.append(values.isEmpty() ? "" : ", ").append(column.sqlName()).append(" = ?");
        values.add(value);
      }
    }
    sql.append(" WHERE id = ? AND version = ?");
    values.add(row.id());
    values.add(row.version() - 1);
    return statements.update(new SqlStatement(sql.toString(), values));
  }
}
