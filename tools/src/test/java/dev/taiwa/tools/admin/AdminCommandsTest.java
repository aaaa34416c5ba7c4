package dev.taiwa.tools.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
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
    assertTrue(importing.err().contains("no enabled account named filer"), importing.err());
  }

  @Test
  void aNonAdministratorIsRefusedThroughTheUseCaseWhichAuditsIt() {
    Run run = world.run("users", "disable", "officer", "--as", "filer");

    assertEquals(1, run.exitCode(), run.both());
    assertTrue(run.out().contains("FORBIDDEN"), run.out());
    assertEquals(1, world.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'REJECTED'"));
  }
}
