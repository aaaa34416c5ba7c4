package dev.taiwa.tools.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taiwa catalogue list} and {@code taiwa users ...} on a temporary SQLite file. */
class AdminCommandsTest {
  @TempDir Path directory;

  private ToolsWorld world;

  @BeforeEach
  void aDatabase() {
    world = new ToolsWorld(directory);
  }

  @Test
  void catalogueListShowsEachRevisionWithItsEffectiveDateAndItems() {
    Run run = world.run("catalogue", "list");

    assertEquals(0, run.exitCode(), run.both());
    assertTrue(run.out().contains("effective 2024-12-30"), run.out());
    assertTrue(run.out().contains("積層セラミックコンデンサ"), run.out());
  }

  @Test
  void anAdministratorListsAndDisablesAccountsAndADisabledOperatorCannotImport() {
    Run list = world.run("users", "list", "--as", "admin");
    Run disable = world.run("users", "disable", "filer", "--as", "admin");
    Run importing = world.run("import", "prereports", "none.csv", "--as", "filer");

    assertEquals(0, list.exitCode(), list.both());
    assertTrue(list.out().contains("filer\t[FILER]\tenabled\t" + ToolsWorld.COMPANY), list.out());
    assertEquals(0, disable.exitCode(), disable.both());
    assertEquals(1, world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'USER_DISABLED'"));
    assertEquals(2, importing.exitCode());
    assertTrue(importing.err().contains("the account filer is disabled"), importing.err());
  }

  @Test
  void aNonAdministratorIsRefusedThroughTheUseCaseWhichAuditsIt() {
    Run run = world.run("users", "disable", "officer", "--as", "filer");

    assertEquals(1, run.exitCode(), run.both());
    assertTrue(run.out().contains("FORBIDDEN"), run.out());
    assertEquals(1, world.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REJECTED'"));
  }

  @Test
  void anAdministratorAddsARevisionThatCatalogueListThenShowsAndTheAuditRecords()
      throws IOException {
    Path file = directory.resolve("revision.json");
    StringBuilder items = new StringBuilder();
    for (int n = 1; n <= 24; n++) {
      items.append(
          String.format(
              "%s{\"number\": %d, \"nameJa\": \"技術%d\", \"nameEn\": \"Technology %d\","
                  + " \"status\": \"EFFECTIVE\", \"effectiveFrom\": \"2024-12-30\"}",
              n == 1 ? "" : ",", n, n, n));
    }
    items.append(
        ",{\"number\": 25, \"nameJa\": \"新規材料\", \"nameEn\": \"New material\","
            + " \"status\": \"PROPOSED\"}");
    Files.writeString(
        file,
        "{\"id\": \"R2027-1\", \"noticeReference\": \"経済産業省告示第1号（令和9年）\","
            + " \"effectiveDate\": \"2027-01-04\", \"items\": ["
            + items
            + "]}");

    Run add = world.run("catalogue", "add", file.toString(), "--as", "admin");
    Run list = world.run("catalogue", "list");

    assertEquals(0, add.exitCode(), add.both());
    assertTrue(add.out().contains("Added R2027-1 effective 2027-01-04 with 25 items"), add.out());
    assertTrue(list.out().contains("R2027-1  effective 2027-01-04"), list.out());
    assertTrue(list.out().contains("25  PROPOSED  from ?  新規材料 / New material"), list.out());
    assertEquals(
        1,
        world.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'TECHNOLOGY_REVISION_ADDED'"
                + " AND outcome = 'ACCEPTED'"));
  }

  @Test
  void aBadRevisionIsRefusedWithEveryProblemListedAndTheRefusalAudited() throws IOException {
    Path file = directory.resolve("bad.json");
    Files.writeString(
        file,
        "{\"id\": \"R2024-178\", \"effectiveDate\": \"2026-01-01\", \"items\": ["
            + "{\"number\": 1, \"nameJa\": \"MLCC\", \"nameEn\": \"MLCC\","
            + " \"status\": \"EFFECTIVE\"},"
            + "{\"number\": 1, \"nameEn\": \"Again\", \"status\": \"MAYBE\"}]}");

    Run add = world.run("catalogue", "add", file.toString(), "--as", "admin");
    Run list = world.run("catalogue", "list");

    assertEquals(1, add.exitCode(), add.both());
    for (String problem :
        new String[] {
          "id: DUPLICATE",
          "noticeReference: REQUIRED",
          "effectiveDate: INVALID_VALUE Must be after the current revision's effective date"
              + " 2026-07-01",
          "items[0].nameJa: INVALID_VALUE",
          "items[0].effectiveFrom: REQUIRED",
          "items[1].number: DUPLICATE",
          "items[1].nameJa: REQUIRED",
          "items[1].status: INVALID_VALUE",
          "items: REQUIRED Technology 24 of the current revision is missing"
        }) {
      assertTrue(add.out().contains(problem), problem + " in\n" + add.out());
    }
    assertTrue(!list.out().contains("2026-01-01"), list.out());
    assertEquals(
        1,
        world.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'TECHNOLOGY_REVISION_ADDED'"
                + " AND outcome = 'REJECTED'"));
  }

  @Test
  void onlyAnAdministratorMayAddARevision() throws IOException {
    Path file = directory.resolve("any.json");
    Files.writeString(file, "{}");

    Run add = world.run("catalogue", "add", file.toString(), "--as", "officer");

    assertEquals(1, add.exitCode(), add.both());
    assertTrue(add.out().contains("FORBIDDEN"), add.out());
  }

  @Test
  void anAdministratorCreatesAnAccountWithThePasswordFromStdinAndItCanBeListed() {
    Run create =
        world.runWithInput(
            "correct horse battery\n",
            "users",
            "create",
            "tanaka",
            "--name",
            "田中 一郎",
            "--organisation",
            ToolsWorld.COMPANY,
            "--role",
            "FILER",
            "--new-password-stdin",
            "--as",
            "admin");
    Run list = world.run("users", "list", "--as", "admin");

    assertEquals(0, create.exitCode(), create.both());
    assertTrue(list.out().contains("tanaka\t[FILER]\tenabled\t" + ToolsWorld.COMPANY), list.out());
    assertEquals(1, world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'USER_CREATED'"));
    assertTrue(
        world.count(
                "SELECT COUNT(*) FROM user_account WHERE username = 'tanaka'"
                    + " AND password_hash NOT LIKE '%correct horse%'")
            == 1);
  }

  @Test
  void aTooShortPasswordFromStdinIsRefusedByTheUseCase() {
    Run create =
        world.runWithInput(
            "short\n",
            "users",
            "create",
            "tanaka",
            "--name",
            "田中",
            "--organisation",
            ToolsWorld.COMPANY,
            "--role",
            "FILER",
            "--new-password-stdin",
            "--as",
            "admin");

    assertEquals(1, create.exitCode(), create.both());
    assertEquals(0, world.count("SELECT COUNT(*) FROM user_account WHERE username = 'tanaka'"));
  }
}
