package dev.taiwa.tools.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taiwa lists import|list} with the demo sample files on a temporary SQLite file. */
class ListsCommandTest {
  private static final Path DEMO = Path.of("..", "demo", "screening");
  private static final String EUL = DEMO.resolve("end-user-list-2026-09.csv").toString();
  private static final String CSL =
      DEMO.resolve("consolidated-screening-list-2026-10.csv").toString();

  @TempDir Path directory;

  private ToolsWorld world;

  @BeforeEach
  void aDatabase() {
    world = new ToolsWorld(directory);
  }

  @Test
  void aDryRunReadsTheFileAndWritesNothing() {
    Run run =
        world.run(
            "lists",
            "import",
            EUL,
            "--format",
            "eul",
            "--published-on",
            "2026-09-30",
            "--dry-run",
            "--as",
            "admin");

    assertEquals(0, run.exitCode(), run.both());
    assertTrue(run.out().contains("30 entries of END_USER_LIST published 2026-09-30"), run.out());
    assertTrue(run.out().contains("nothing written"), run.out());
    assertEquals(0, world.count("SELECT COUNT(*) FROM screening_list_version"));
    assertEquals(
        0, world.count("SELECT COUNT(*) FROM audit_event WHERE action <> 'LOGIN_SUCCEEDED'"));
  }

  @Test
  void anAdministratorImportsBothListsAsVersionsWithTheirSha256AndTheAuditRecordsThem() {
    Run eul =
        world.run(
            "lists",
            "import",
            EUL,
            "--format",
            "eul",
            "--published-on",
            "2026-09-30",
            "--as",
            "admin");
    Run csl =
        world.run(
            "lists",
            "import",
            CSL,
            "--format",
            "csl",
            "--published-on",
            "2026-10-15",
            "--as",
            "admin");
    Run list = world.run("lists", "list");

    assertEquals(0, eul.exitCode(), eul.both());
    assertEquals(0, csl.exitCode(), csl.both());
    assertTrue(eul.out().contains("Imported version"), eul.out());
    assertEquals(54, world.count("SELECT COUNT(*) FROM screening_list_entry"));
    assertEquals(
        2,
        world.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'SCREENING_LIST_IMPORTED'"
                + " AND outcome = 'ACCEPTED'"));
    assertTrue(
        list.out().contains("CONSOLIDATED_SCREENING_LIST  published 2026-10-15"), list.out());
    assertTrue(list.out().contains("END_USER_LIST  published 2026-09-30  30 entries"), list.out());
  }

  @Test
  void theSameFileIsNotImportedTwiceAndAFilerMayNotImport() {
    world.run("lists", "import", EUL, "--format", "eul", "--as", "admin");
    Run again = world.run("lists", "import", EUL, "--format", "eul", "--as", "admin");
    Run filer = world.run("lists", "import", CSL, "--format", "csl", "--as", "filer");

    assertEquals(1, again.exitCode(), again.both());
    assertTrue(again.out().contains("sha256: DUPLICATE"), again.out());
    assertEquals(1, filer.exitCode(), filer.both());
    assertTrue(filer.out().contains("FORBIDDEN"), filer.out());
    assertEquals(1, world.count("SELECT COUNT(*) FROM screening_list_version"));
    assertEquals(
        2,
        world.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'SCREENING_LIST_IMPORTED'"
                + " AND outcome = 'REJECTED'"));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Run run = world.run("lists", "import", EUL, "--format", "xls", "--as", "admin");

    assertEquals(2, run.exitCode(), run.both());
    assertTrue(run.err().contains("--format is eul or csl"), run.err());
  }

  @Test
  void anImportReScreensTheOpenCasesWithProgressAndTellsTheOfficersOfNewHits() throws Exception {
    String planned =
        dev.taiwa.cases.kernel.JapanTime.dateOf(java.time.Instant.now()).plusDays(90).toString();
    Path json = directory.resolve("reports.json");
    StringBuilder rows = new StringBuilder("[");
    String[][] counterparties = {
      {"苏州华腾电子科技有限公司", "Suzhou Huateng Dianzi Keji"},
      {"大阪精密機械株式会社", "Osaka Seimitsu Kikai"},
      {"苏州华腾电子科技有限公司", "Suzhou Huateng Dianzi Keji"}
    };
    for (int i = 0; i < counterparties.length; i++) {
      rows.append(i == 0 ? "" : ",")
          .append(
              """
              {"importKey": "S%d", "contact": {"name": "田中", "email": "t@sakura.example.jp"},
               "technologyNumbers": [1], "transactionType": "LICENSING",
               "counterparty": {"nameOriginal": "%s", "nameRomanised": "%s", "countryCode": "CN",
                 "relationship": "UNRELATED"},
               "plannedDate": "%s", "plannedDateKind": "CONTRACT",
               "technologyDescription": "説明", "submit": %b}
              """
                  .formatted(i, counterparties[i][0], counterparties[i][1], planned, i < 2));
    }
    java.nio.file.Files.writeString(json, rows.append("]").toString());
    Run imported = world.run("import", "prereports", json.toString(), "--as", "filer");
    assertEquals(0, imported.exitCode(), imported.both());

    Run eul =
        world.run(
            "lists",
            "import",
            EUL,
            "--format",
            "eul",
            "--published-on",
            "2026-09-30",
            "--as",
            "admin");
    Run list = world.run("lists", "list");

    assertEquals(0, eul.exitCode(), eul.both());
    // Two open filed reports screened (the draft is screened when it is submitted), one listed.
    assertTrue(eul.out().contains("Re-screened 2 open cases"), eul.out());
    assertTrue(eul.out().contains("new hits on 1 cases"), eul.out());
    assertTrue(eul.err().contains("Re-screening open cases: 2/2"), eul.err());
    assertEquals(
        1,
        world.count(
            "SELECT COUNT(*) FROM screening_hit WHERE screening_trigger = 'LIST_VERSION_IMPORTED'"
                + " AND entry_ref = '4'"));
    assertEquals(
        1, world.count("SELECT COUNT(*) FROM notification WHERE kind = 'SCREENING_HITS_FOUND'"));
    assertEquals(
        1,
        world.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'COUNTERPARTY_SCREENED'"
                + " AND outcome = 'ACCEPTED'"));
    assertEquals(
        1, world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'LIST_RESCREENED'"));
    assertTrue(list.out().contains("re-screening FINISHED 2/2 cases"), list.out());
  }
}
