package dev.taiwa.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.tools.PreReportCsv;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolsWorld;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taiwa import} while another process holds SQLite's write lock, with a short busy timeout:
 * a batch that finds the store busy wrote nothing and runs again; a lock held past every try ends
 * the run with one plain line (exit 2), and running it again imports the rest.
 */
class ImportWhileLockedTest {
  private static final int ROWS = 60;
  private static final int BUSY_TIMEOUT_MILLIS = 300;

  @TempDir Path directory;

  private ToolsWorld world;
  private Path csv;

  @BeforeEach
  void aDatabaseAndAFile() throws IOException {
    world = new ToolsWorld(directory);
    csv = directory.resolve("prereports.csv");
    PreReportCsv.write(csv, "W", ROWS, 90, i -> i % 7 == 3 ? "maybe" : "false");
  }

  private Run importWithShortBusyTimeout() {
    return importWithShortBusyTimeout(new CountDownLatch(1));
  }

  /** The import; {@code metBusy} counts down when it prints that the database was busy. */
  private Run importWithShortBusyTimeout(CountDownLatch metBusy) {
    Map<String, Object> properties = new HashMap<>(world.properties());
    properties.put("taiwa.database.busy-timeout-millis", BUSY_TIMEOUT_MILLIS);
    // The schema is current; Flyway's start-up check would itself wait for the lock.
    properties.put("flyway.datasources.default.enabled", false);
    StringWriter out = new StringWriter();
    StringWriter err =
        new StringWriter() {
          @Override
          public void flush() {
            if (toString().contains("database busy")) {
              metBusy.countDown();
            }
          }
        };
    int code =
        TaiwaCommand.execute(
            new String[] {
              "import",
              "prereports",
              csv.toString(),
              "--as",
              "filer",
              "--password-stdin",
              "--batch-size",
              "10"
            },
            properties,
            new java.io.ByteArrayInputStream(
                (ToolsWorld.PASSWORD + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** Another connection in a transaction that holds the write lock until released. */
  private Connection holdTheWriteLock() throws SQLException {
    Connection holder = DriverManager.getConnection("jdbc:sqlite:" + world.file());
    try (Statement statement = holder.createStatement()) {
      statement.execute("BEGIN EXCLUSIVE");
    }
    return holder;
  }

  private static void release(Connection holder) throws SQLException {
    try (holder;
        Statement statement = holder.createStatement()) {
      statement.execute("ROLLBACK");
    }
  }

  /** Rows W3, W10, ... have submit "maybe": bad rows, listed once each however often retried. */
  private static final long BAD_ROWS = (ROWS + 3) / 7;

  @Test
  void aBatchThatFindsTheStoreBusyRunsAgainAndNothingIsCountedTwice() throws Exception {
    Connection holder = holdTheWriteLock();
    CountDownLatch metBusy = new CountDownLatch(1);
    CompletableFuture<Run> importing =
        CompletableFuture.supplyAsync(() -> importWithShortBusyTimeout(metBusy));
    // Released once the import has met the lock, however long its start-up took.
    metBusy.await(2, TimeUnit.MINUTES);
    release(holder);
    Run run = importing.get(2, TimeUnit.MINUTES);

    long good = ROWS - BAD_ROWS;
    assertEquals(1, run.exitCode(), run.both());
    assertTrue(run.err().contains("database busy"), run.both());
    assertTrue(run.out().contains("Imported " + good + " cases, " + BAD_ROWS + " bad"), run.both());
    assertEquals(BAD_ROWS, run.out().lines().filter(l -> l.startsWith("row ")).count(), run.out());
    assertEquals(good, world.count("SELECT COUNT(*) FROM pre_report"));
    assertEquals(good, world.count("SELECT COUNT(*) FROM import_key"));
    assertEquals(
        good,
        world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PRE_REPORT_DRAFT_CREATED'"));
    assertEquals(0, world.run("verify-audit").exitCode());
  }

  @Test
  void aLockHeldPastEveryTryEndsTheRunWithOneLineAndARerunImportsTheRest() throws Exception {
    Connection holder = holdTheWriteLock();
    Run refused;
    try {
      refused = importWithShortBusyTimeout();
    } finally {
      release(holder);
    }

    assertEquals(2, refused.exitCode(), refused.both());
    assertTrue(refused.err().contains("error: the database is busy"), refused.both());
    assertFalse(refused.err().contains("SQLITE"), refused.both());
    assertFalse(refused.err().contains("\tat "), refused.both());
    assertEquals(0, world.count("SELECT COUNT(*) FROM pre_report"));

    Run again = importWithShortBusyTimeout();

    assertEquals(1, again.exitCode(), again.both());
    assertEquals(ROWS - BAD_ROWS, world.count("SELECT COUNT(*) FROM pre_report"));
    assertEquals(0, world.run("verify-audit").exitCode());
  }
}
