package dev.taiwa.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.CaseId;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taiwa verify-audit} on a temporary SQLite file, as an operator would run it. */
class VerifyAuditCommandTest {
  @TempDir Path directory;

  private Path file;
  private final List<AuditEvent> written = new ArrayList<>();

  @BeforeEach
  void threeEventsInAFreshDatabase() {
    file = directory.resolve("data").resolve("taiwa.db");
    try (ApplicationContext context =
        ApplicationContext.builder().environments("cli").properties(properties()).start()) {
      AuditLog log = context.getBean(AuditLog.class);
      CaseId caseId = CaseId.random();
      for (String action : List.of("CREATED", "SUBMITTED", "REVIEWED")) {
        written.add(
            log.append(
                new AuditEntry(
                    Instant.parse("2026-04-07T01:30:00Z"),
                    null,
                    null,
                    null,
                    caseId,
                    "PRE_REPORT_" + action,
                    AuditOutcome.ACCEPTED,
                    action)));
      }
    }
  }

  private Map<String, Object> properties() {
    return Map.of("taiwa.database.file", file.toString());
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        TaiwaCommand.execute(
            args, properties(), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int exitCode, String out, String err) {}

  private void sql(String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.executeUpdate(sql);
      }
    }
  }

  @Test
  void anIntactChainPrintsOkWithTheNumberOfEventsAndExitsZero() {
    Run run = run("verify-audit");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("OK: 3 events verified" + System.lineSeparator(), run.out());
  }

  @Test
  void theVerificationIsItselfAuditedSoTheNextRunChecksOneEventMore() {
    run("verify-audit");

    assertEquals("OK: 4 events verified" + System.lineSeparator(), run("verify-audit").out());
  }

  @Test
  void aRowEditedBehindTheTriggersIsNamedAndExitsOne() throws SQLException {
    sql(
        "DROP TRIGGER audit_event_no_update",
        "UPDATE audit_event SET summary = 'nothing happened' WHERE sequence = 2");

    Run run = run("verify-audit");

    assertEquals(1, run.exitCode());
    assertEquals(
        "BROKEN at event 2 ("
            + written.get(1).id()
            + "): hash does not match its content"
            + System.lineSeparator(),
        run.out());
  }

  @Test
  void aDeletedLastRowIsNamedThroughTheChainHead() throws SQLException {
    sql("DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE sequence = 3");

    Run run = run("verify-audit");

    assertEquals(1, run.exitCode());
    assertTrue(
        run.out().startsWith("BROKEN at event 3 (id unknown): event 3 is missing"), run.out());
  }

  @Test
  void anUnknownSubcommandIsAUsageErrorWithExitTwo() {
    Run run = run("verify-everything");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Unmatched argument"), run.err());
    assertTrue(run.err().contains("verify-audit"), "usage lists the subcommands: " + run.err());
  }

  @Test
  void noSubcommandPrintsUsageAndExitsTwo() {
    Run run = run();

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Usage: taiwa"), run.err());
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsOneErrorLineWithExitTwoAndNoStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        TaiwaCommand.execute(
            new String[] {"verify-audit"},
            Map.of("taiwa.database.file", "/proc/taiwa-cannot-be-here/taiwa.db"),
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertEquals(2, code);
    assertTrue(err.toString().startsWith("error: "), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());
    assertEquals("", out.toString());
  }
}
