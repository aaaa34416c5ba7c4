package dev.taiwa.service.persistence.prereport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taiwa.service.persistence.sql.SqlNull;
import dev.taiwa.service.persistence.sql.SqlStatement;
import dev.taiwa.service.persistence.sql.SqlStatements;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The hand-written pre-report statements, run on the caller's connection and transaction: the
 * batched insert (with, on SQLite, its search rows and counts) and the optimistic update (the
 * filtered list is {@link PreReportSearchSql}, run by {@link SqlStatements}).
 */
@Singleton
class PreReportStatements {
  /** A column the update writes, with its value in a row. */
  private record Column(String name, Function<PreReportRow, Object> value) {}

  /** Every column but the id, in the order of the full update. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("reference", PreReportRow::reference),
          new Column("organisation_id", PreReportRow::organisationId),
          new Column("created_by", PreReportRow::createdBy),
          new Column("state", PreReportRow::state),
          new Column("contact_name", PreReportRow::contactName),
          new Column("contact_department", PreReportRow::contactDepartment),
          new Column("contact_email", PreReportRow::contactEmail),
          new Column("contact_phone", PreReportRow::contactPhone),
          new Column("transaction_type", PreReportRow::transactionType),
          new Column("counterparty_name_original", PreReportRow::counterpartyNameOriginal),
          new Column("counterparty_name_romanised", PreReportRow::counterpartyNameRomanised),
          new Column("counterparty_country", PreReportRow::counterpartyCountry),
          new Column("counterparty_relationship", PreReportRow::counterpartyRelationship),
          new Column("planned_date", PreReportRow::plannedDate),
          new Column("planned_date_kind", PreReportRow::plannedDateKind),
          new Column("technology_description", PreReportRow::technologyDescription),
          new Column("management_measures", PreReportRow::managementMeasures),
          new Column("late_explanation", PreReportRow::lateExplanation),
          new Column("created_at", PreReportRow::createdAt),
          new Column("updated_at", PreReportRow::updatedAt),
          new Column("submitted_at", row -> SqlNull.bigint(row.submittedAt())),
          new Column("lead_time_status", PreReportRow::leadTimeStatus),
          new Column("lead_time_days", row -> SqlNull.bigint(row.leadTimeDays())),
          new Column("lead_time_explanation", PreReportRow::leadTimeExplanation),
          new Column("lead_time_explanation_ja", PreReportRow::leadTimeExplanationJa),
          new Column("version", PreReportRow::version),
          new Column("search_text", PreReportRow::searchText));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqlStatements statements;

  PreReportStatements(SqlStatements statements) {
    this.statements = statements;
  }

  /** Inserts {@code rows} in one JDBC batch, every column set. */
  void insertAll(List<PreReportRow> rows) {
    StringBuilder sql = new StringBuilder("INSERT INTO pre_report (id");
    COLUMNS.forEach(column -> sql.append(", ").append(column.name()));
    sql.append(") VALUES (?").append(", ?".repeat(COLUMNS.size())).append(')');
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (PreReportRow row : rows) {
      List<Object> columns = new ArrayList<>(COLUMNS.size() + 1);
      columns.add(row.id());
      COLUMNS.forEach(column -> columns.add(column.value().apply(row)));
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
    for (Column column : COLUMNS) {
      Object value = column.value().apply(row);
      if (stored == null || !Objects.equals(value, column.value().apply(stored))) {
        sql.append(values.isEmpty() ? "" : ", ").append(column.name()).append(" = ?");
        values.add(value);
      }
    }
    sql.append(" WHERE id = ? AND version = ?");
    values.add(row.id());
    values.add(row.version() - 1);
    return statements.update(new SqlStatement(sql.toString(), values));
  }
}
