package dev.taiwa.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.service.importing.PreReportRows;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taiwa import} on a temporary SQLite file: a 2,000-row Excel CSV (BOM, CRLF, quoted fields
 * with commas and newlines) with 50 bad rows of several kinds.
 */
class ImportCommandTest {
  private static final int ROWS = 2000;
  private static final Pattern ROW = Pattern.compile("^row (\\d+),", Pattern.MULTILINE);

  @TempDir Path directory;

  private ToolsWorld world;
  private Path csv;
  private final Set<Long> badRows = new TreeSet<>();

  @BeforeEach
  void aDatabaseAndAnExcelFile() throws IOException {
    world = new ToolsWorld(directory);
    csv = directory.resolve("prereports.csv");
    Files.writeString(csv, excelCsv(), StandardCharsets.UTF_8);
  }

  /** Every 40th data row is bad, in one of five ways; the spreadsheet row is index + 2. */
  private String excelCsv() {
    LocalDate planned = JapanTime.dateOf(java.time.Instant.now()).plusDays(120);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(String.join(",", PreReportRows.COLUMNS)).append("\r\n");
    for (int i = 0; i < ROWS; i++) {
      String email = "tanaka" + i + "@sakura.example.co.jp";
      String country = "CN";
      String technologies = "1;8";
      String date = planned.toString();
      String kind = "CONTRACT";
      if (i % 40 == 7) {
        badRows.add(i + 2L);
        switch (i / 40 % 5) {
          case 0 -> email = "not-an-address";
          case 1 -> country = "XX";
          case 2 -> technologies = "99";
          case 3 -> date = "next spring";
          default -> kind = "HANDSHAKE";
        }
      }
      csv.append(
              String.join(
                  ",",
                  "PR-IMPORT-" + i,
                  "田中 一郎",
                  "\"輸出管理部, 第1課\"",
                  email,
                  "03-1234-5678",
                  technologies,
                  "CONTRACT_MANUFACTURING",
                  "\"华东精密\"\"电子\"\"有限公司\"",
                  "\"Huadong Precision Electronics Co., Ltd.\"",
                  country,
                  "UNRELATED",
                  date,
                  kind,
                  "\"積層セラミックコンデンサの製造条件を提供する。\r\n二行目: 焼成温度プロファイル\"",
                  "",
                  "",
                  "true"))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static Set<Long> rowsListed(String out) {
    Set<Long> rows = new TreeSet<>();
    Matcher matcher = ROW.matcher(out);
    while (matcher.find()) {
      rows.add(Long.parseLong(matcher.group(1)));
    }
    return rows;
  }

  @Test
  void theDryRunListsExactlyTheFiftyBadRowsAndWritesNothing() {
    long eventsBefore = world.count(EVENTS_BUT_LOGINS);

    Run run = world.run("import", "prereports", csv.toString(), "--dry-run", "--as", "filer");

    assertEquals(1, run.exitCode(), run.both());
    assertEquals(50, badRows.size());
    assertEquals(badRows, rowsListed(run.out()), run.out());
    assertTrue(run.out().contains("row 9, contact.email: INVALID_VALUE"), run.out());
    assertTrue(run.out().contains("Dry run: 1950 would be imported, 50 bad"), run.out());
    assertEquals(0, world.count("SELECT COUNT(*) FROM pre_report"));
    assertEquals(eventsBefore, world.count(EVENTS_BUT_LOGINS), "only the operator's login");
  }

  /** The audit events but the operator's logins (every run proves its account). */
  private static final String EVENTS_BUT_LOGINS =
      "SELECT COUNT(*) FROM audit_event WHERE action <> 'LOGIN_SUCCEEDED'";

  @Test
  void theRealRunImportsTheRestWithARateAndARerunAddsNothing() {
    Run first = world.run("import", "prereports", csv.toString(), "--as", "filer");

    assertEquals(1, first.exitCode(), first.both());
    assertEquals(badRows, rowsListed(first.out()), first.out());
    assertTrue(first.out().contains("Imported 1950 cases, 50 bad"), first.out());
    assertTrue(first.out().matches("(?s).*\\(\\d+ rows/s\\).*"), first.out());
    assertTrue(first.err().contains("rows/s, ETA"), "progress lines: " + first.err());
    assertEquals(1950, world.count("SELECT COUNT(*) FROM pre_report WHERE state = 'SUBMITTED'"));
    assertEquals(
        1950,
        world.count(
            "SELECT COUNT(*) FROM pre_report WHERE counterparty_name_original = '华东精密\"电子\"有限公司'"));
    assertEquals(1, world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT_BATCH'"));

    Run again = world.run("import", "prereports", csv.toString(), "--as", "filer");

    assertTrue(
        again.out().contains("Imported 0 cases, 50 bad, 1950 already imported"), again.out());
    assertEquals(1950, world.count("SELECT COUNT(*) FROM pre_report"));
    assertEquals(0, world.run("verify-audit").exitCode());
  }

  @Test
  void anAccountWhoseRoleMayNotCreateIsRefusedAtOnceWithExitTwo() {
    Run run = world.run("import", "prereports", csv.toString(), "--as", "officer");

    assertEquals(2, run.exitCode(), run.both());
    assertTrue(run.err().startsWith("error: officer may not import"), run.err());
    assertEquals(0, world.count("SELECT COUNT(*) FROM pre_report"));
  }

  @Test
  void jsonRowsGoThroughTheSameRulesWithNestedFields() throws IOException {
    Path json = directory.resolve("patents.json");
    Files.writeString(
        json,
        """
        [{"applicationNumber": "2025-000001", "filingDate": "2025-06-02",
          "applicants": ["%s"], "title": "偽装技術", "ipcCodes": ["F41H 3/00"], "route": "DIRECT"},
         {"applicationNumber": "2025-000002", "filingDate": "2025-06-02",
          "applicants": ["存在しない株式会社"], "title": "x", "route": "DIRECT",
          "additionalFacts": {"defencePurpose": true}}]
        """
            .formatted(ToolsWorld.COMPANY));

    Run run = world.run("import", "patents", json.toString(), "--as", "examiner");

    assertEquals(1, run.exitCode(), run.both());
    assertTrue(run.out().startsWith("row 2, applicants: INVALID_VALUE No organisation"), run.out());
    assertEquals(1, world.count("SELECT COUNT(*) FROM patent_application"));
    assertEquals(
        0,
        world
            .run("import", "patents", json.toString(), "--as", "examiner", "--dry-run")
            .out()
            .lines()
            .filter(l -> l.startsWith("row 1"))
            .count());
  }

  @Test
  void anImportWithNothingToDoShowsNoRate() throws IOException {
    Path empty = directory.resolve("empty.csv");
    Files.writeString(empty, String.join(",", PreReportRows.COLUMNS) + "\r\n");

    Run run = world.run("import", "prereports", empty.toString(), "--as", "filer");

    assertEquals(0, run.exitCode(), run.both());
    assertTrue(
        run.out().contains("Imported 0 cases, 0 bad, 0 already imported, of 0 rows"), run.out());
    assertTrue(!run.out().contains("rows/s"), "no rate over no work: " + run.out());
  }

  @Test
  void textThatCannotBeStoredIsABadRowNamingItsColumn() throws IOException {
    Path file = directory.resolve("controls.json");
    Files.writeString(
        file,
        """
        [{"importKey": "PR-CONTROL-1", "contact": {"name": "田中\\u0000一郎"}},
         {"importKey": "PR-CONTROL-2", "technologyDescription": "右から左へ\\u202Etxt.exe"}]
        """);

    Run run = world.run("import", "prereports", file.toString(), "--as", "filer", "--dry-run");

    assertEquals(1, run.exitCode(), run.both());
    assertTrue(run.out().contains("row 1, contact.name: INVALID_VALUE"), run.out());
    assertTrue(run.out().contains("row 2, technologyDescription: INVALID_VALUE"), run.out());
  }
}
