package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.persistence.prereport.PreReportColumn.CONTACT_DEPARTMENT;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.CONTACT_EMAIL;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.CONTACT_NAME;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.CONTACT_PHONE;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.COUNTERPARTY_COUNTRY;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.COUNTERPARTY_NAME_ORIGINAL;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.COUNTERPARTY_NAME_ROMANISED;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.COUNTERPARTY_RELATIONSHIP;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.CREATED_AT;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.CREATED_BY;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.ID;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.LATE_EXPLANATION;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.LEAD_TIME_DAYS;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.LEAD_TIME_EXPLANATION;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.LEAD_TIME_EXPLANATION_JA;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.LEAD_TIME_STATUS;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.MANAGEMENT_MEASURES;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.ORGANISATION_ID;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.PLANNED_DATE;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.PLANNED_DATE_KIND;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.REFERENCE;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.STATE;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.SUBMITTED_AT;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.TECHNOLOGY_DESCRIPTION;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.TRANSACTION_TYPE;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.UPDATED_AT;
import static dev.taiwa.service.persistence.prereport.PreReportColumn.VERSION;

import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.service.persistence.database.DatabaseKind;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-reports read together with their technology numbers, in one statement: each row carries the
 * columns a read selects ({@link PreReportColumn#READ}), in that order, then its technology numbers
 * in their order as one text, {@code technology_numbers} ({@code "3,10"}), from one index search of
 * {@code pre_report_technology} per row read. A list thus costs one statement, not one for the page
 * and one for its technologies. PostgreSQL collects the numbers in index order into an array (an
 * aggregate with its own ORDER BY would sort each row's numbers again); SQLite aggregates them with
 * {@code string_agg} (since 3.44). A row is read by position ({@link #report}), from the same list
 * the select names, without looking up a column by its name. Public for the benchmark's raw floor
 * ({@code taiwa bench}), which reads the same rows through plain JDBC.
 */
public final class PreReportReads {
  /** The column holding a row's technology numbers. */
  static final String NUMBERS = "technology_numbers";

  /** The position of {@link #NUMBERS}: after the report's columns. */
  private static final int NUMBERS_POSITION = PreReportColumn.READ.size() + 1;

  private final DatabaseKind kind;

  private PreReportReads(DatabaseKind kind) {
    this.kind = kind;
  }

  /** The reads in {@code kind}'s SQL. */
  public static PreReportReads of(DatabaseKind kind) {
    return new PreReportReads(kind);
  }

  /**
   * The columns read ({@link PreReportColumn#READ}) of each row {@code alias} of pre_report, then
   * its technology numbers.
   */
  String columns(String alias) {
    String technologies = " FROM pre_report_technology t WHERE t.report_id = " + alias + ".id";
    StringBuilder columns = new StringBuilder();
    for (PreReportColumn column : PreReportColumn.READ) {
      columns.append(alias).append('.').append(column.sqlName()).append(", ");
    }
    return columns
        + (kind == DatabaseKind.POSTGRES
            ? "array_to_string(ARRAY(SELECT t.technology_number"
                + technologies
                + " ORDER BY t.position), ',')"
            : "(SELECT string_agg(CAST(t.technology_number AS TEXT), ',' ORDER BY t.position)"
                + technologies
                + ")")
        + " AS "
        + NUMBERS;
  }

  /**
   * The reports {@code condition} (over {@code pre_report r}, with what may follow it, such as a
   * LIMIT) selects, with their technologies.
   */
  SqlStatement where(String condition, List<Object> parameters) {
    return new SqlStatement(
        "SELECT " + columns("r") + " FROM pre_report r WHERE " + condition, parameters);
  }

  /**
   * {@code page}, a list's page ({@code SELECT r.* FROM pre_report r ... ORDER BY ... LIMIT ?}),
   * with each row's technology numbers: they are read for the page's rows only, once the page is
   * chosen, and the rows keep the page's {@code order}.
   */
  public SqlStatement page(SqlStatement page, PreReportOrder order) {
    return new SqlStatement(
        "SELECT "
            + columns("p")
            + " FROM ("
            + page.sql()
            + ") p"
            + PreReportOrderSql.orderBy(order, "p"),
        page.parameters());
  }

  /** The report on the current row of {@code row}, a row this class's statements select. */
  static PreReport report(ResultSet row) throws SQLException {
    return PreReportMapper.toDomain(stored(row), numbers(row.getString(NUMBERS_POSITION)));
  }

  /**
   * The stored row on the current row of {@code row}, each column read at its position; without its
   * search text, which no read selects.
   */
  static PreReportRow stored(ResultSet row) throws SQLException {
    return new PreReportRow(
        row.getString(ID.position()),
        row.getString(REFERENCE.position()),
        row.getString(ORGANISATION_ID.position()),
        row.getString(CREATED_BY.position()),
        row.getString(STATE.position()),
        row.getString(CONTACT_NAME.position()),
        row.getString(CONTACT_DEPARTMENT.position()),
        row.getString(CONTACT_EMAIL.position()),
        row.getString(CONTACT_PHONE.position()),
        row.getString(TRANSACTION_TYPE.position()),
        row.getString(COUNTERPARTY_NAME_ORIGINAL.position()),
        row.getString(COUNTERPARTY_NAME_ROMANISED.position()),
        row.getString(COUNTERPARTY_COUNTRY.position()),
        row.getString(COUNTERPARTY_RELATIONSHIP.position()),
        row.getString(PLANNED_DATE.position()),
        row.getString(PLANNED_DATE_KIND.position()),
        row.getString(TECHNOLOGY_DESCRIPTION.position()),
        row.getString(MANAGEMENT_MEASURES.position()),
        row.getString(LATE_EXPLANATION.position()),
        row.getLong(CREATED_AT.position()),
        row.getLong(UPDATED_AT.position()),
        nullableLong(row, SUBMITTED_AT.position()),
        row.getString(LEAD_TIME_STATUS.position()),
        nullableLong(row, LEAD_TIME_DAYS.position()),
        row.getString(LEAD_TIME_EXPLANATION.position()),
        row.getString(LEAD_TIME_EXPLANATION_JA.position()),
        row.getLong(VERSION.position()),
        null);
  }

  private static Long nullableLong(ResultSet row, int position) throws SQLException {
    long value = row.getLong(position);
    return row.wasNull() ? null : value;
  }

  /** The numbers of a {@link #NUMBERS} text, in their order; none for NULL (no technology). */
  static List<Integer> numbers(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>(4);
    int start = 0;
    for (int comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', start)) {
      numbers.add(Integer.parseInt(text, start, comma, 10));
      start = comma + 1;
    }
    numbers.add(Integer.parseInt(text, start, text.length(), 10));
    return List.copyOf(numbers);
  }
}
