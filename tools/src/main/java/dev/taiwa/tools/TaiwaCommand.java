package dev.taiwa.tools;

import dev.taiwa.cases.kernel.StoreBusyException;
import dev.taiwa.tools.admin.CatalogueCommand;
import dev.taiwa.tools.admin.UsersCommand;
import dev.taiwa.tools.backup.BackupCommand;
import dev.taiwa.tools.backup.RestoreCommand;
import dev.taiwa.tools.bench.BenchCommand;
import dev.taiwa.tools.crypto.ContentKeyCommand;
import dev.taiwa.tools.demo.DemoDataCommand;
import dev.taiwa.tools.export.ExportCommand;
import dev.taiwa.tools.importing.ImportCommand;
import dev.taiwa.tools.importing.Progress;
import dev.taiwa.tools.screening.ListsCommand;
import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code taiwa}: the command-line tools. Each run starts the service's application context in the
 * {@code cli} environment, without the HTTP server, on the same database configuration ({@code
 * TAIWA_DATABASE_FILE} / {@code TAIWA_DATABASE_URL}, ...), runs one subcommand and stops.
 *
 * <p>Exit codes: 0 success, 1 a check failed (e.g. a broken audit chain), 2 usage or any other
 * error, a busy database among them (another process held the write lock longer than the busy
 * timeout; nothing of the failed transaction was written). Errors print one line, never a stack
 * trace.
 */
@Command(
    name = "taiwa",
    description = "Taiwa command-line tools.",
    mixinStandardHelpOptions = true,
    subcommands = {
      VerifyAuditCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      DemoDataCommand.class,
      CatalogueCommand.class,
      UsersCommand.class,
      ContentKeyCommand.class,
      ListsCommand.class,
      BenchCommand.class
    })
public final class TaiwaCommand implements Runnable {
  /** A check ran and found a problem. */
  public static final int PROBLEM_FOUND = 1;

  /** Wrong usage, or the command could not run. */
  public static final int ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "logback-cli.xml");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    Progress.TerminalErr.set(err);
    int exit = execute(args, Map.of(), out, err);
    out.flush();
    err.flush();
    System.exit(exit);
  }

  /**
   * Runs {@code args} on a new application context configured by the environment plus {@code
   * properties}; returns the exit code.
   */
  public static int execute(
      String[] args, Map<String, Object> properties, PrintWriter out, PrintWriter err) {
    return execute(args, properties, System.in, out, err);
  }

  /** {@link #execute(String[], Map, PrintWriter, PrintWriter)} reading {@code in} as stdin. */
  public static int execute(
      String[] args,
      Map<String, Object> properties,
      java.io.InputStream in,
      PrintWriter out,
      PrintWriter err) {
    return execute(args, properties, EnvironmentVariables.ofProcess(), in, out, err);
  }

  /**
   * {@link #execute(String[], Map, java.io.InputStream, PrintWriter, PrintWriter)} where commands
   * read the variables the operator names (e.g. {@code --password-env}) from {@code environment}.
   */
  public static int execute(
      String[] args,
      Map<String, Object> properties,
      EnvironmentVariables environment,
      java.io.InputStream in,
      PrintWriter out,
      PrintWriter err) {
    CommandLine.ParseResult parsed;
    try {
      parsed =
          new CommandLine(TaiwaCommand.class)
              .setCaseInsensitiveEnumValuesAllowed(true)
              .setOut(out)
              .setErr(err)
              .parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println(e.getMessage());
      e.getCommandLine().usage(err);
      return ERROR;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      out.flush();
      return 0;
    }
    if (!parsed.hasSubcommand()) {
      new CommandLine(TaiwaCommand.class).usage(err);
      return ERROR;
    }
    if (parsed.subcommand().commandSpec().userObject() instanceof StandAlone) {
      return configured(new CommandLine(TaiwaCommand.class), out, err).execute(args);
    }
    Map<String, Object> settings = new java.util.HashMap<>(properties);
    if (parsed.subcommand().commandSpec().userObject() instanceof WithoutMigrations) {
      settings.put("flyway.datasources.default.enabled", false);
    }
    try (ApplicationContext context =
        ApplicationContext.builder(TaiwaCommand.class)
            .environments("cli")
            .properties(settings)
            .deduceEnvironment(false)
            .start()) {
      context.registerSingleton(OperatorInput.class, new OperatorInput(in));
      context.registerSingleton(EnvironmentVariables.class, environment);
      return configured(
              new CommandLine(TaiwaCommand.class, new MicronautFactory(context)), out, err)
          .execute(args);
    } catch (RuntimeException e) {
      err.println("error: Taiwa could not start: " + describe(e));
      // The whole failure for whoever raises the log level (the tests do; an operator's terminal,
      // at WARN, keeps the one line above).
      LoggerFactory.getLogger(TaiwaCommand.class).info("Taiwa could not start", e);
      return ERROR;
    }
  }

  /** {@code command} printing to {@code out} and {@code err}, a failure as one line. */
  private static CommandLine configured(CommandLine command, PrintWriter out, PrintWriter err) {
    return command
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(
            (e, cmd, result) -> {
              err.println("error: " + describe(e));
              return ERROR;
            });
  }

  /** One line about {@code e}: its innermost message, never a stack trace. */
  static String describe(Throwable e) {
    if (e instanceof ToolFailure) {
      return e.getMessage();
    }
    if (StoreBusyException.in(e).isPresent()) {
      return "the database is busy: another process held its write lock longer than the busy"
          + " timeout (taiwa.database.busy-timeout-millis); nothing of the failed transaction was"
          + " written; run the command again";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
