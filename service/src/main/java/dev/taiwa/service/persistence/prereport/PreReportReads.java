package dev.taiwa.service.persistence.prereport;

import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.service.persistence.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Pre-reports read together with their technology numbers, in one statement: each row carries its
 * numbers in their order as one text, {@code technology_numbers} ({@code "3,10"}), aggregated by
 * {@code string_agg} (PostgreSQL, and SQLite since 3.44) from one index search of {@code
 * pre_report_technology} per row read. A list thus costs one statement, not one for the page and
 * one for its technologies. Public for the benchmark's raw floor ({@code taiwa bench}), which reads
 * the same rows through plain JDBC.
 */
public final class PreReportReads {
  /** The column holding a row's technology numbers. */
  static final String NUMBERS = "technology_numbers";

  private PreReportReads() {}

  /** {@code alias.*} and the technology numbers of each row {@code alias} of pre_report. */
  static String columns(String alias) {
    return alias
        + ".*, (SELECT string_agg(CAST(t.technology_number AS TEXT), ',' ORDER BY t.position)"
        + " FROM pre_report_technology t WHERE t.report_id = "
        + alias
        + ".id) AS "
        + NUMBERS;
  }

  /**
   * The reports {@code condition} (over {@code pre_report r}, with what may follow it, such as a
   * LIMIT) selects, with their technologies.
   */
  static SqlStatement where(String condition, List<Object> parameters) {
    return new SqlStatement(
        "SELECT " + columns("r") + " FROM pre_report r WHERE " + condition, parameters);
  }

  /**
   * {@code page}, a list's page ({@code SELECT r.* FROM pre_report r ... ORDER BY ... LIMIT ?}),
   * with each row's technology numbers: they are read for the page's rows only, once the page is
   * chosen, and the rows keep the page's {@code order}.
   */
  public static SqlStatement page(SqlStatement page, PreReportOrder order) {
    return new SqlStatement(
        "SELECT "
            + columns("p")
            + " FROM ("
            + page.sql()
            + ") p"
            + PreReportOrderSql.orderBy(order, "p"),
        page.parameters());
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
