package dev.taiwa.tools.backup;

import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import dev.taiwa.tools.WithoutMigrations;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code taiwa backup <file>}: a consistent snapshot of the running SQLite database ({@code VACUUM
 * INTO}: one read transaction, so writers carry on and the copy is the database at one instant),
 * then checked: SQLite's integrity check and the audit chain, verified on the copy. Exit 0 when the
 * copy passed both checks, 1 when it did not, 2 on PostgreSQL (use pg_dump) or an existing file.
 */
@Command(
    name = "backup",
    description = "Takes an online, checked snapshot of the embedded SQLite database.",
    mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer>, WithoutMigrations {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "the backup file to write (must not exist)")
  Path target;

  @Inject SqliteFiles files;

  @Override
  public Integer call() throws SQLException {
    Path database = files.configuredFile("backup");
    Path copy = target.toAbsolutePath().normalize();
    if (Files.exists(copy)) {
      throw new ToolFailure(copy + " exists; choose a new file name");
    }
    long started = System.nanoTime();
    try (Connection connection = SqliteFiles.open(database);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Backup of %s written to %s (%d bytes) in %.1f s%n",
        database, copy, sizeOf(copy), (System.nanoTime() - started) / 1e9);
    return check(copy, out) ? 0 : TaiwaCommand.PROBLEM_FOUND;
  }

  /** Prints what was checked on {@code copy}; true when every check passed. */
  static boolean check(Path copy, PrintWriter out) throws SQLException {
    String integrity = SqliteFiles.integrityCheck(copy);
    out.println("integrity_check: " + integrity);
    ChainVerification chain = SqliteFiles.verifyChain(copy);
    out.println("audit chain: " + SqliteFiles.describe(chain));
    out.println(
        "contains: "
            + SqliteFiles.count(copy, "SELECT COUNT(*) FROM pre_report")
            + " pre-reports, "
            + SqliteFiles.count(copy, "SELECT COUNT(*) FROM patent_application")
            + " patent applications, "
            + SqliteFiles.count(copy, "SELECT COUNT(*) FROM user_account")
            + " accounts");
    return "ok".equals(integrity) && chain.intact();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return -1;
    }
  }
}
