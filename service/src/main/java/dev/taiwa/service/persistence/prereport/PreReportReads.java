package dev.taiwa.service.persistence.prereport;

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
    return PreReportMapper.toDomain(
        PreReportColumn.read(row), numbers(row.getString(NUMBERS_POSITION)));
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
