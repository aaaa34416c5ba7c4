package dev.taiwa.tools.backup;

import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taiwa restore <file> [--force]}: checks a backup (on a private copy, so the backup itself
 * is never touched) and copies it into the configured SQLite database with SQLite's backup API. A
 * database that holds any audit event (every accepted change writes one) is only overwritten with
 * {@code --force}. Exit 0 restored, 1 the backup failed its checks, 2 refused or on PostgreSQL.
 */
@Command(
    name = "restore",
    description = "Restores the embedded SQLite database from a checked backup.",
    mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "the backup file")
  Path backup;

  @Option(names = "--force", description = "overwrite a database that already holds data")
  boolean force;

  @Inject SqliteFiles files;
  @Inject AuditTrail auditTrail;

  @Override
  public Integer call() throws SQLException, IOException {
    Path database = files.configuredFile("restore");
    if (!Files.isRegularFile(backup)) {
      throw new ToolFailure("no backup file " + backup);
    }
    long events = SqliteFiles.count(database, "SELECT COUNT(*) FROM audit_event");
    if (events > 0 && !force) {
      throw new ToolFailure(
          database + " already holds " + events + " audit events; add --force to overwrite it");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path checked = Files.createTempFile(database.getParent(), "restore-", ".db");
    try {
      Files.copy(backup, checked, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      out.println("Checking " + backup);
      if (!BackupCommand.check(checked, out)) {
        out.println("Not restored: the backup failed its checks");
        return TaiwaCommand.PROBLEM_FOUND;
      }
      try (Connection connection = SqliteFiles.open(database);
          Statement statement = connection.createStatement()) {
        statement.executeUpdate("restore from '" + checked.toString().replace("'", "''") + "'");
      }
    } finally {
      Files.deleteIfExists(checked);
      Files.deleteIfExists(Path.of(checked + "-wal"));
      Files.deleteIfExists(Path.of(checked + "-shm"));
    }
    out.println("Restored " + database + " from " + backup);
    out.println("audit chain: " + SqliteFiles.describe(auditTrail.verifyWithoutRecording()));
    return 0;
  }
}
