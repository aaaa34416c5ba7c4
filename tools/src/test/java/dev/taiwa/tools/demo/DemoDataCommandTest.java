package dev.taiwa.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolsWorld.Run;
import dev.taiwa.tools.backup.SqliteFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taiwa demo-data} with a small N on temporary SQLite files. */
class DemoDataCommandTest {
  @TempDir Path directory;

  private Run run(Path file, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TaiwaCommand.execute(
            args,
            Map.of("taiwa.database.file", file.toString()),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static List<String> column(Path file, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = SqliteFiles.open(file);
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }

  @Test
  void theSameSeedGivesTheSameDatasetWithAValidAuditChainAndARate() throws SQLException {
    Path first = directory.resolve("a").resolve("taiwa.db");
    Path second = directory.resolve("b").resolve("taiwa.db");

    Run made = run(first, "demo-data", "--cases", "400", "--seed", "7", "--batch-size", "150");
    run(second, "demo-data", "--cases", "400", "--seed", "7");

    assertEquals(0, made.exitCode(), made.both());
    assertTrue(made.out().matches("(?s)Created 400 cases .* cases/s\\s*"), made.out());
    String cases =
        "SELECT id || state FROM pre_report UNION ALL SELECT id || state FROM patent_application"
            + " ORDER BY 1";
    assertEquals(400, column(first, cases).size());
    assertEquals(column(first, cases), column(second, cases));
    assertEquals(
        column(first, "SELECT counterparty_name_original FROM pre_report ORDER BY id"),
        column(second, "SELECT counterparty_name_original FROM pre_report ORDER BY id"));
    assertEquals(0, run(first, "verify-audit").exitCode());
  }

  @Test
  void mostCasesArePatentApplicationsAndHardlyAnyGoToSecurityReview() throws SQLException {
    Path file = directory.resolve("taiwa.db");

    run(file, "demo-data", "--cases", "1000", "--seed", "3");

    long preReports = SqliteFiles.count(file, "SELECT COUNT(*) FROM pre_report");
    long sent =
        SqliteFiles.count(
            file,
            "SELECT COUNT(*) FROM patent_application WHERE state IN ('SENT_TO_REVIEW', 'DESIGNATED')");
    assertTrue(preReports > 100 && preReports < 300, "about a fifth: " + preReports);
    assertTrue(sent <= 3, "rare: " + sent);
    assertTrue(
        SqliteFiles.count(file, "SELECT COUNT(DISTINCT counterparty_country) FROM pre_report")
            >= 5);
    assertTrue(SqliteFiles.count(file, "SELECT COUNT(*) FROM dialogue_meeting") > 0);
  }

  @Test
  void aDatabaseWithAuditEventsIsRefused() {
    Path file = directory.resolve("taiwa.db");
    run(file, "demo-data", "--cases", "10");

    Run again = run(file, "demo-data", "--cases", "10");

    assertEquals(2, again.exitCode(), again.both());
    assertTrue(again.err().contains("already holds audit events"), again.err());
  }
}
