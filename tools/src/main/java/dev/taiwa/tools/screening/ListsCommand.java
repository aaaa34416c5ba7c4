package dev.taiwa.tools.screening;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.screening.application.ListRescreen;
import dev.taiwa.cases.screening.application.ScreeningListCommands;
import dev.taiwa.cases.screening.model.ListVersionSummary;
import dev.taiwa.cases.screening.model.NewListVersion;
import dev.taiwa.cases.screening.model.RescreenRun;
import dev.taiwa.service.scheduling.JobLeases;
import dev.taiwa.service.scheduling.ListRescreenJob;
import dev.taiwa.service.screening.ListFiles;
import dev.taiwa.service.screening.ListFormat;
import dev.taiwa.tools.OperatorAccount;
import dev.taiwa.tools.OperatorCredentials;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import dev.taiwa.tools.importing.Progress;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code taiwa lists import|list}: screening lists (End User List, US Consolidated Screening List)
 * imported from a file as a new version through {@link ScreeningListCommands} (ADMIN, audited
 * SCREENING_LIST_IMPORTED), and the versions imported so far.
 */
@Command(
    name = "lists",
    description = "Imports a screening list file as a new version; lists the versions.",
    mixinStandardHelpOptions = true,
    subcommands = {ListsCommand.Import.class, ListsCommand.Versions.class})
public final class ListsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: import or list");
  }

  /** {@code taiwa lists import <file> --format eul|csl [--published-on D] [--dry-run]}. */
  @Command(
      name = "import",
      description =
          "Imports a list file (CSV) as a new version, with its SHA-256; --dry-run writes nothing.")
  public static final class Import implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", description = "the list file (CSV, UTF-8)")
    Path file;

    @CommandLine.Option(
        names = "--format",
        required = true,
        description = "eul (METI End User List table) or csl (US Consolidated Screening List)")
    String format;

    @CommandLine.Option(
        names = "--published-on",
        description = "the publication date the list gives (default: today in Japan)")
    LocalDate publishedOn;

    @CommandLine.Option(names = "--dry-run", description = "check the file; write nothing")
    boolean dryRun;

    @CommandLine.Option(
        names = "--no-rescreen",
        description =
            "leave the re-screening of the open cases to the service (it starts it within"
                + " taiwa.screening.rescreen.poll) instead of running it here with a progress bar")
    boolean noRescreen;

    @CommandLine.Mixin OperatorCredentials operator;

    @Inject OperatorAccount accounts;
    @Inject ScreeningListCommands lists;
    @Inject ListRescreen rescreen;
    @Inject JobLeases leases;
    @Inject Clock clock;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      ListFormat listFormat = format(format);
      Actor actor = accounts.authenticate(operator, err);
      byte[] bytes = bytes(file);
      LocalDate published = publishedOn == null ? JapanTime.today(clock) : publishedOn;
      long started = System.nanoTime();
      NewListVersion draft;
      try (Progress progress = Progress.of("Reading " + file, ListFiles.rows(bytes), err)) {
        draft = ListFiles.read(bytes, listFormat, published, n -> progress.step(1));
      } catch (ListFiles.UnreadableList e) {
        throw new ToolFailure(file + ": " + e.getMessage());
      }
      out.println(
          file
              + ": "
              + draft.entries().size()
              + " entries of "
              + draft.source()
              + " published "
              + published
              + ", SHA-256 "
              + draft.sha256());
      if (dryRun) {
        List<Rejection> problems = lists.check(actor, draft);
        problems.forEach(r -> out.println(line(r)));
        out.println(
            problems.isEmpty()
                ? "Dry run: would be imported as a new version; nothing written"
                : "Dry run: would be refused; nothing written");
        return problems.isEmpty() ? 0 : TaiwaCommand.PROBLEM_FOUND;
      }
      Result<ListVersionSummary> result = lists.importVersion(actor, draft);
      if (!result.accepted()) {
        result.errors().forEach(r -> out.println(line(r)));
        return TaiwaCommand.PROBLEM_FOUND;
      }
      ListVersionSummary added = result.value().orElseThrow();
      out.printf(
          Locale.ROOT,
          "Imported version %s: %d entries of %s in %.1f s%n",
          added.id(),
          added.entryCount(),
          added.source(),
          (System.nanoTime() - started) / 1e9);
      if (noRescreen) {
        out.println("The service re-screens the open cases against it in the background.");
        return 0;
      }
      rescreenHere(rescreen, leases, added.id(), out, err);
      return 0;
    }

    private static ListFormat format(String name) {
      try {
        return ListFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ToolFailure("--format is eul or csl, not " + name);
      }
    }

    private static byte[] bytes(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new ToolFailure("cannot read " + file + ": " + e.getMessage());
      }
    }

    private static String line(Rejection r) {
      return (r.field() == null ? "" : r.field() + ": ") + r.code() + " " + r.message();
    }
  }

  /**
   * Runs the re-screening of the open cases against {@code version} here with a progress bar, under
   * the job's lease (so no node of the service runs it at the same time), and prints its counts.
   */
  static void rescreenHere(
      ListRescreen rescreen,
      JobLeases leases,
      dev.taiwa.cases.screening.model.ListVersionId version,
      PrintWriter out,
      PrintWriter err) {
    long started = System.nanoTime();
    RescreenRun[] done = {null};
    boolean ran =
        leases
            .polling(ListRescreenJob.NAME)
            .runIfLeased(
                () -> {
                  Progress[] bar = {null};
                  try {
                    done[0] =
                        rescreen.run(
                            version,
                            (screened, total) -> {
                              if (bar[0] == null) {
                                bar[0] = Progress.of("Re-screening open cases", total, err);
                                bar[0].step(screened);
                              } else {
                                bar[0].step(screened - bar[0].done());
                              }
                            });
                  } finally {
                    if (bar[0] != null) {
                      bar[0].close();
                    }
                  }
                });
    if (!ran) {
      out.println(
          "A node of the service is re-screening already; `taiwa lists list` shows how far.");
      return;
    }
    RescreenRun run = done[0];
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        Locale.ROOT,
        "Re-screened %d open cases in %.1f s (%.0f cases/s): %d new hits on %d cases, their"
            + " officers notified%n",
        run.screened(),
        seconds,
        run.screened() / Math.max(seconds, 1e-9),
        run.newHits(),
        run.casesWithNewHits());
  }

  /** {@code taiwa lists list}: the imported versions, newest first. */
  @Command(name = "list", description = "Lists the imported versions, newest first.")
  public static final class Versions implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Inject ScreeningListCommands lists;
    @Inject ListRescreen rescreen;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<ListVersionSummary> versions = lists.versions();
      java.util.Map<dev.taiwa.cases.screening.model.ListVersionId, RescreenRun> runs =
          rescreen.of(versions.stream().map(ListVersionSummary::id).toList());
      for (ListVersionSummary v : versions) {
        out.println(
            v.id()
                + "  "
                + v.source()
                + "  published "
                + v.publishedOn()
                + "  "
                + v.entryCount()
                + " entries  SHA-256 "
                + v.sha256()
                + "  imported "
                + v.importedAt()
                + " by "
                + v.importedBy()
                + rescreened(runs.get(v.id())));
      }
      return 0;
    }

    private static String rescreened(RescreenRun run) {
      if (run == null) {
        return "";
      }
      return "  re-screening "
          + run.state()
          + " "
          + run.screened()
          + "/"
          + (run.total() == null ? "?" : run.total())
          + " cases, "
          + run.newHits()
          + " new hits on "
          + run.casesWithNewHits()
          + " cases";
    }
  }
}
