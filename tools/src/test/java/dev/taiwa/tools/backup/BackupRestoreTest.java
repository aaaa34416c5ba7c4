package dev.taiwa.tools.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.PreReportCsv;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taiwa backup} and {@code restore} on temporary SQLite files. */
class BackupRestoreTest {
  @TempDir Path directory;

  private ToolsWorld world;
  private Path csv;

  @BeforeEach
  void aDatabaseAndAFileToLoad() throws IOException {
    world = new ToolsWorld(directory);
    csv = directory.resolve("load.csv");
    PreReportCsv.write(csv, "L", 600, 60, i -> "true");
  }

  private Run runOn(Path databaseFile, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TaiwaCommand.execute(
            args,
            Map.of("taiwa.database.file", databaseFile.toString()),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBackupTakenWhileAnImportIsWritingRestoresToADatabaseWhoseChainVerifies() throws Exception {
    CompletableFuture<Run> load =
        CompletableFuture.supplyAsync(
            () ->
                world.run(
                    "import", "prereports", csv.toString(), "--as", "filer", "--batch-size", "20"));
    while (world.count("SELECT COUNT(*) FROM pre_report") < 40 && !load.isDone()) {
      Thread.sleep(50);
    }
    Path backup = directory.resolve("backup.db");

    Run taken = world.run("backup", backup.toString());
    Run loaded = load.get(5, TimeUnit.MINUTES);

    assertEquals(0, taken.exitCode(), taken.both());
    assertEquals(0, loaded.exitCode(), loaded.both());
    assertTrue(taken.out().contains("integrity_check: ok"), taken.out());
    assertTrue(taken.out().contains("audit chain: OK: "), taken.out());
    long copied = ToolsWorldCounts.count(backup, "SELECT COUNT(*) FROM pre_report");
    assertTrue(copied >= 40 && copied <= 600, "a snapshot part-way through: " + copied);

    Path restored = directory.resolve("restored").resolve("taiwa.db");
    Run restore = runOn(restored, "restore", backup.toString());

    assertEquals(0, restore.exitCode(), restore.both());
    assertEquals(copied, ToolsWorldCounts.count(restored, "SELECT COUNT(*) FROM pre_report"));
    Run verify = runOn(restored, "verify-audit");
    assertEquals(0, verify.exitCode(), verify.both());
  }

  @Test
  void restoreRefusesToOverwriteADatabaseWithDataUnlessForced() {
    world.run("import", "prereports", csv.toString(), "--as", "filer");
    Path backup = directory.resolve("backup.db");
    Run taken = world.run("backup", backup.toString());
    assertEquals(0, taken.exitCode(), taken.both());

    Run refused = world.run("restore", backup.toString());
    Run forced = world.run("restore", backup.toString(), "--force");

    assertEquals(2, refused.exitCode(), refused.both());
    assertTrue(refused.err().contains("add --force"), refused.err());
    assertEquals(0, forced.exitCode(), forced.both());
    assertTrue(forced.out().contains("audit chain: OK"), forced.out());
  }

  @Test
  void aDamagedBackupIsNotRestoredAndExitsOne() throws Exception {
    world.run("import", "prereports", csv.toString(), "--as", "filer");
    Path backup = directory.resolve("backup.db");
    Run taken = world.run("backup", backup.toString());
    assertEquals(0, taken.exitCode(), taken.both());
    try (var connection = SqliteFiles.open(backup);
        var statement = connection.createStatement()) {
      statement.executeUpdate("DROP TRIGGER audit_event_no_update");
      statement.executeUpdate("UPDATE audit_event SET summary = 'edited' WHERE sequence = 5");
    }

    Run restore =
        runOn(directory.resolve("fresh").resolve("taiwa.db"), "restore", backup.toString());

    assertEquals(1, restore.exitCode(), restore.both());
    assertTrue(restore.out().contains("audit chain: BROKEN at event 5"), restore.out());
    assertTrue(restore.out().contains("Not restored"), restore.out());
  }

  @Test
  void anExistingBackupFileIsNeverOverwritten() throws IOException {
    Path backup = Files.writeString(directory.resolve("taken.db"), "keep me");

    Run run = world.run("backup", backup.toString());

    assertEquals(2, run.exitCode(), run.both());
    assertEquals("keep me", Files.readString(backup));
  }

  /** Counts in any SQLite file. */
  private static final class ToolsWorldCounts {
    static long count(Path file, String sql) throws java.sql.SQLException {
      return SqliteFiles.count(file, sql);
    }
  }
}
