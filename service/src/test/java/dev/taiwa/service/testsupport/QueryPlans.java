package dev.taiwa.service.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.taiwa.service.persistence.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * How the database would run a statement with bound parameters, as the service runs it.
 *
 * <p>On PostgreSQL the plan is the <em>generic</em> one ({@code plan_cache_mode =
 * force_generic_plan}): the plan a prepared statement settles on, chosen without looking at the
 * values, so an index that only a literal would unlock does not count. On SQLite it is {@code
 * EXPLAIN QUERY PLAN} of the statement with its parameters bound.
 */
public final class QueryPlans {
  private static final Pattern SQLITE_FULL_SCAN = Pattern.compile("^SCAN (\\w+)");

  private QueryPlans() {}

  /** The plan's lines: PostgreSQL's EXPLAIN text, SQLite's query plan details. */
  public static List<String> of(DataSource dataSource, SqlStatement statement) {
    return explain(dataSource, statement, "force_generic_plan");
  }

  /**
   * The plan for the statement's very values: on PostgreSQL {@code plan_cache_mode =
   * force_custom_plan}, as it plans a statement's first runs, for a condition whose best index
   * depends on the value, such as a rare text; on SQLite the same as {@link #of}.
   */
  public static List<String> forValues(DataSource dataSource, SqlStatement statement) {
    return explain(dataSource, statement, "force_custom_plan");
  }

  private static List<String> explain(
      DataSource dataSource, SqlStatement statement, String planCacheMode) {
    try (Connection connection = dataSource.getConnection()) {
      return TestDatabase.isPostgres()
          ? postgres(connection, statement, planCacheMode)
          : sqlite(connection, statement);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot explain " + statement.sql(), e);
    }
  }

  /** Fails when PostgreSQL's plan reads any table from start to end ({@code Seq Scan}). */
  public static void assertNoSequentialScan(DataSource dataSource, SqlStatement statement) {
    List<String> plan = of(dataSource, statement);
    assertFalse(
        plan.stream().anyMatch(line -> line.contains("Seq Scan")),
        () -> "a sequential scan in\n" + statement.sql() + "\n" + String.join("\n", plan));
  }

  /** Fails when PostgreSQL's plan reads table {@code table} from start to end. */
  public static void assertNoSequentialScanOf(
      DataSource dataSource, SqlStatement statement, String table) {
    List<String> plan = of(dataSource, statement);
    assertFalse(
        plan.stream().anyMatch(line -> line.contains("Seq Scan on " + table + " ")),
        () ->
            "a sequential scan of "
                + table
                + " in\n"
                + statement.sql()
                + "\n"
                + String.join("\n", plan));
  }

  /**
   * Fails when PostgreSQL's plan walks the list's order index {@code newestIndex} without the
   * keyset position as its index condition: such a walk starts at the newest row and filters its
   * way down to the position, so a deep page costs every newer row. A plan that starts elsewhere
   * (another index that serves a filter) passes.
   */
  public static void assertPositionBoundsTheWalk(
      DataSource dataSource, SqlStatement statement, String newestIndex) {
    List<String> plan = of(dataSource, statement);
    for (int i = 0; i < plan.size(); i++) {
      if (plan.get(i).contains(" using " + newestIndex + " on ")) {
        boolean bounded = false;
        for (int j = i + 1; j < plan.size() && !plan.get(j).contains("->"); j++) {
          bounded |= plan.get(j).contains("Index Cond") && plan.get(j).contains("ROW(");
        }
        if (!bounded) {
          fail(
              newestIndex
                  + " walked from the newest row in\n"
                  + statement.sql()
                  + "\n"
                  + String.join("\n", plan));
        }
      }
    }
  }

  /**
   * Fails when SQLite's plan walks table {@code alias} from its start ({@code SCAN alias ...})
   * rather than searching an index ({@code SEARCH alias USING INDEX ...}): a deep page that scans
   * costs every row before the position.
   */
  public static void assertSearchesAnIndex(
      DataSource dataSource, SqlStatement statement, String alias) {
    List<String> plan = of(dataSource, statement);
    boolean searched =
        plan.stream()
            .anyMatch(
                line ->
                    line.startsWith("SEARCH " + alias + " USING INDEX")
                        || line.startsWith("SEARCH " + alias + " USING COVERING INDEX")
                        || line.startsWith("SEARCH " + alias + " USING INTEGER PRIMARY KEY"));
    boolean scanned =
        plan.stream()
            .anyMatch(
                line -> {
                  var match = SQLITE_FULL_SCAN.matcher(line);
                  return match.find() && match.group(1).equals(alias);
                });
    if (!searched || scanned) {
      fail(
          "no index search on "
              + alias
              + " in\n"
              + statement.sql()
              + "\n"
              + String.join("\n", plan));
    }
  }

  private static List<String> postgres(
      Connection connection, SqlStatement statement, String planCacheMode) throws SQLException {
    StringBuilder sql = new StringBuilder();
    int parameter = 0;
    for (char c : statement.sql().toCharArray()) {
      if (c == '?') {
        sql.append('$').append(++parameter);
      } else {
        sql.append(c);
      }
    }
    List<String> values = new ArrayList<>();
    for (Object value : statement.parameters()) {
      values.add(literal(value));
    }
    List<String> plan = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      s.execute("SET plan_cache_mode = " + planCacheMode);
      s.execute("PREPARE taiwa_plan_probe AS " + sql);
      try {
        String execute =
            values.isEmpty()
                ? "EXPLAIN EXECUTE taiwa_plan_probe"
                : "EXPLAIN EXECUTE taiwa_plan_probe(" + String.join(", ", values) + ")";
        try (ResultSet rows = s.executeQuery(execute)) {
          while (rows.next()) {
            plan.add(rows.getString(1));
          }
        }
      } finally {
        s.execute("DEALLOCATE taiwa_plan_probe");
        s.execute("RESET plan_cache_mode");
      }
    }
    return plan;
  }

  private static String literal(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof String text) {
      return "'" + text.replace("'", "''") + "'";
    }
    throw new IllegalArgumentException("no literal for " + value);
  }

  private static List<String> sqlite(Connection connection, SqlStatement statement)
      throws SQLException {
    List<String> plan = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement("EXPLAIN QUERY PLAN " + statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        Object value = statement.parameters().get(i);
        if (value instanceof Long number) {
          s.setLong(i + 1, number);
        } else if (value instanceof Integer number) {
          s.setInt(i + 1, number);
        } else {
          s.setString(i + 1, (String) value);
        }
      }
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          plan.add(rows.getString("detail"));
        }
      }
    }
    return plan;
  }
}
