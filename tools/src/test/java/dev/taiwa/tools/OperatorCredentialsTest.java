package dev.taiwa.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.ScreeningOutcome;
import dev.taiwa.tools.ToolsWorld.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Issue 13, leak 6: the command line proves who is acting. A subcommand that acts as an account
 * reads nothing and writes nothing until that account's password is given (standard input with
 * {@code --password-stdin}, or the terminal); the check is the login's, audited with the OS user.
 */
class OperatorCredentialsTest {
  /** Subcommands that act as no account: they work on the database file as a whole. */
  private static final Set<String> FILE_LEVEL =
      Set.of(
          "verify-audit",
          "backup",
          "restore",
          "demo-data",
          "catalogue list",
          "lists list",
          "content-key rotate",
          "content-key status");

  /**
   * Subcommands that act as accounts the way any API client does: {@code bench} logs the demo
   * accounts of its own dataset in over HTTP with the password it gave them.
   */
  private static final Set<String> API_CLIENTS = Set.of("bench");

  @TempDir Path directory;
  private ToolsWorld world;

  @BeforeEach
  void aSecretApplication() throws IOException {
    world = new ToolsWorld(directory);
    Path patent = directory.resolve("patent.csv");
    // Filed ten days ago: still within first screening's three months, so it may be sent.
    java.time.LocalDate filed =
        java.time.LocalDate.now(dev.taiwa.cases.kernel.JapanTime.ZONE).minusDays(10);
    Files.writeString(
        patent,
        "applicationNumber,filingDate,applicants,title,abstractText,route\r\n"
            + filed.getYear()
            + "-000009,"
            + filed
            + ","
            + ToolsWorld.COMPANY
            + ",資格なしに読まれてはならない発明,要約,DIRECT\r\n");
    assertEquals(
        0, world.run("import", "patents", patent.toString(), "--as", "examiner").exitCode());
    world.withContext(
        context -> {
          Actor examiner = ToolsWorld.actor(context, "examiner");
          CaseId id = CaseId.parse(onlyPatentId());
          return context
              .getBean(PatentCommands.class)
              .decideScreening(
                  examiner, id, null, ScreeningOutcome.SEND_TO_REVIEW, List.of(1), "分野(1)");
        });
  }

  @Test
  void everySubcommandEitherProvesItsAccountOrWorksOnTheFileAsAWhole() {
    Set<String> acting = new TreeSet<>();
    Set<String> other = new TreeSet<>();
    leaves(new CommandLine(TaiwaCommand.class).getCommandSpec(), "")
        .forEach(
            spec -> {
              String name = spec.qualifiedName(" ").substring("taiwa ".length());
              if (spec.findOption("--as") != null) {
                assertTrue(spec.findOption("--password-stdin") != null, name + " has no password");
                acting.add(name);
              } else {
                other.add(name);
              }
            });
    assertEquals(
        new TreeSet<>(
            List.of(
                "catalogue add",
                "export",
                "import",
                "users create",
                "users disable",
                "lists import",
                "users list")),
        acting);
    other.removeAll(API_CLIENTS);
    assertTrue(FILE_LEVEL.containsAll(other), "unclassified subcommands: " + other);
  }

  static Stream<List<String>> actingCommands() {
    return Stream.of(
        List.of("export", "patents", "--format", "json"),
        List.of("export", "prereports"),
        List.of("users", "list"),
        List.of("import", "patents", "none.csv"));
  }

  @ParameterizedTest
  @MethodSource("actingCommands")
  void withoutThePasswordACommandDoesNothingAsTheAccount(List<String> command) {
    long events = world.count("SELECT COUNT(*) FROM audit_event");
    String[] args =
        Stream.concat(command.stream(), Stream.of("--as", "examiner")).toArray(String[]::new);

    Run run = world.runAs("", args);

    assertEquals(2, run.exitCode(), run.both());
    assertTrue(run.err().contains("--password-stdin"), run.err());
    assertEquals("", run.out());
    assertEquals(
        events, world.count("SELECT COUNT(*) FROM audit_event"), "nothing read or written");
  }

  @Test
  void exportAsAnotherAccountWithoutItsPasswordReadsNoSecretContent() {
    long reads = secretReads();

    Run run = world.runAs("", "export", "patents", "--format", "json", "--as", "examiner");

    assertEquals(2, run.exitCode(), run.both());
    assertFalse(run.out().contains("資格なしに読まれてはならない発明"), run.out());
    assertEquals(reads, secretReads());
  }

  @Test
  void aWrongPasswordIsAFailedLoginNamingTheCommandLineAndReadsNothing() {
    long reads = secretReads();

    Run run =
        world.runAs(
            "not the password\n",
            "export",
            "patents",
            "--format",
            "json",
            "--as",
            "examiner",
            "--password-stdin");

    assertEquals(2, run.exitCode(), run.both());
    assertTrue(run.err().contains("do not match"), run.err());
    assertEquals(reads, secretReads());
    assertEquals(
        1,
        world.count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED'"
                + " AND summary LIKE '%WRONG_PASSWORD%taiwa command line, OS user "
                + System.getProperty("user.name")
                + "%'"));
  }

  @Test
  void theAccountsPasswordLetsTheCommandReadAsItAndTheLogNamesTheOsUser() {
    long reads = secretReads();

    Run run =
        world.runAs(
            ToolsWorld.PASSWORD + "\n",
            "export",
            "patents",
            "--format",
            "json",
            "--as",
            "examiner",
            "--password-stdin");

    assertEquals(0, run.exitCode(), run.both());
    assertTrue(run.out().contains("資格なしに読まれてはならない発明"), run.out());
    assertEquals(reads + 1, secretReads());
    assertTrue(
        world.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_SUCCEEDED'"
                    + " AND actor_name = 'examiner' AND summary LIKE '%OS user "
                    + System.getProperty("user.name")
                    + "%'")
            >= 1);
  }

  @Test
  void usersCreateReadsTheOperatorsPasswordFirstAndTheNewOneSecond() {
    Run create =
        world.runAs(
            ToolsWorld.PASSWORD + "\nthe new account's password\n",
            "users",
            "create",
            "suzuki",
            "--name",
            "鈴木",
            "--organisation",
            ToolsWorld.COMPANY,
            "--role",
            "FILER",
            "--as",
            "admin",
            "--password-stdin",
            "--new-password-stdin");

    assertEquals(0, create.exitCode(), create.both());
    assertEquals(1, world.count("SELECT COUNT(*) FROM user_account WHERE username = 'suzuki'"));
  }

  private long secretReads() {
    return world.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SECRET_CONTENT_READ'");
  }

  private static Stream<CommandSpec> leaves(CommandSpec spec, String prefix) {
    if (spec.subcommands().isEmpty()) {
      return Stream.of(spec);
    }
    return spec.subcommands().values().stream()
        .map(CommandLine::getCommandSpec)
        .distinct()
        .flatMap(s -> leaves(s, prefix));
  }

  private String onlyPatentId() {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + world.file());
        var result =
            connection.createStatement().executeQuery("SELECT id FROM patent_application")) {
      result.next();
      return result.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
