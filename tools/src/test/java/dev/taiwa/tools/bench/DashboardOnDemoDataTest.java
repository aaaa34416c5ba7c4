package dev.taiwa.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's dashboard on a database made by {@code taiwa demo-data --cases 100000}: an officer's
 * statistics and dashboard page answer, and their figures equal what plain SQL counts in the stored
 * rows. The times are printed, not asserted (the benchmark's "statistics" and "dashboard page"
 * workloads measure them under load).
 */
class DashboardOnDemoDataTest {
  private static final int CASES = 100_000;
  private static final String FIGURES =
      "query { statistics { preReports { filed byState { key count } byTechnology { key count }"
          + " byDestinationCountry { key count } byTransactionType { key count } } } }";

  @TempDir java.nio.file.Path directory;

  @Test
  void anOfficersFiguresOnOneHundredThousandDemoCasesAreThoseThatPlainSqlCounts() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true);
    try (BenchDatabase database = BenchDatabase.sqlite(directory)) {
      String password = BenchDataset.ensure(directory, CASES, database.properties(), false, out);
      Map<String, Object> properties = new HashMap<>(database.properties());
      properties.put("micronaut.server.port", -1);
      properties.put("micronaut.server.host", "127.0.0.1");
      properties.put("taiwa.demo-data", false);
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
        BenchClient client = new BenchClient(server.getURI(), 1);
        String officer = client.login("demo-officer", password);
        String browser = client.signIn("demo-officer", password);

        long asked = System.nanoTime();
        JsonNode figures = client.graphql(officer, FIGURES, Map.of()).get("statistics");
        long answered = System.nanoTime();
        client.page(browser, "/dashboard");
        long rendered = System.nanoTime();
        System.out.printf(
            "%,d demo cases on SQLite: statistics answered in %d ms, the officer's dashboard page"
                + " (first time) in %d ms%n",
            CASES, (answered - asked) / 1_000_000, (rendered - answered) / 1_000_000);

        JsonNode reports = figures.get("preReports");
        try (Connection sql =
            DriverManager.getConnection(
                "jdbc:sqlite:" + database.properties().get("taiwa.database.file"))) {
          String filed = "FROM pre_report r WHERE r.submitted_at IS NOT NULL";
          assertEquals(count(sql, "SELECT COUNT(*) " + filed), reports.get("filed").asLong());
          assertTrue(reports.get("filed").asLong() > 0, "demo data files reports");
          assertEquals(
              counts(sql, "SELECT r.state, COUNT(*) " + filed + " GROUP BY 1"),
              bars(reports.get("byState")));
          assertEquals(
              counts(
                  sql,
                  "SELECT t.technology_number, COUNT(*) FROM pre_report r JOIN"
                      + " pre_report_technology t ON t.report_id = r.id"
                      + " WHERE r.submitted_at IS NOT NULL GROUP BY 1"),
              bars(reports.get("byTechnology")));
          assertEquals(
              counts(sql, "SELECT r.counterparty_country, COUNT(*) " + filed + " GROUP BY 1"),
              bars(reports.get("byDestinationCountry")));
          assertEquals(
              counts(sql, "SELECT r.transaction_type, COUNT(*) " + filed + " GROUP BY 1"),
              bars(reports.get("byTransactionType")));
        }
      }
    }
  }

  private static long count(Connection sql, String query) throws SQLException {
    try (Statement statement = sql.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Each group's count, the groups of no value left out (the statistics show them too). */
  private static Map<String, Long> counts(Connection sql, String query) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Statement statement = sql.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        String key = rows.getString(1);
        counts.put(key == null ? "" : key, rows.getLong(2));
      }
    }
    return counts;
  }

  private static Map<String, Long> bars(JsonNode bars) {
    Map<String, Long> counts = new TreeMap<>();
    bars.forEach(bar -> counts.put(bar.get("key").asText(), bar.get("count").asLong()));
    return counts;
  }
}
