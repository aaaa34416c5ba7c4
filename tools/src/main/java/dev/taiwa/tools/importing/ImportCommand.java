package dev.taiwa.tools.importing;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.importing.BusyRetry;
import dev.taiwa.service.importing.CaseImport;
import dev.taiwa.service.importing.CaseRows;
import dev.taiwa.service.importing.ImportFormat;
import dev.taiwa.service.importing.ImportSummary;
import dev.taiwa.service.importing.PatentRows;
import dev.taiwa.service.importing.PreReportRows;
import dev.taiwa.service.importing.SourceFile;
import dev.taiwa.service.importing.UnreadableFile;
import dev.taiwa.tools.CaseKind;
import dev.taiwa.tools.OperatorAccount;
import dev.taiwa.tools.OperatorCredentials;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taiwa import prereports|patents <file>}: imports cases from CSV or JSON through the same
 * use cases as GraphQL, acting as a named account. Exit 0 when every row was good, 1 when some rows
 * were bad (each listed), 2 on wrong usage or when the file or account cannot be used.
 */
@Command(
    name = "import",
    description = "Imports pre-reports or patent applications from a CSV or JSON file.",
    mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", description = "prereports or patents")
  CaseKind kind;

  @Parameters(index = "1", description = "the CSV or JSON file")
  Path file;

  @Option(names = "--format", description = "csv or json (default: from the file's extension)")
  ImportFormat format;

  @Option(names = "--dry-run", description = "check every row, report every bad one, write nothing")
  boolean dryRun;

  @CommandLine.Mixin OperatorCredentials operator;

  @Option(
      names = "--batch-size",
      description = "rows per transaction (default: ${DEFAULT-VALUE})",
      defaultValue = "500")
  int batchSize;

  @Inject OperatorAccount accounts;
  @Inject PreReportRows preReportRows;
  @Inject PatentRows patentRows;
  @Inject ImportKeys importKeys;
  @Inject AuditLog auditLog;
  @Inject UnitOfWork unitOfWork;
  @Inject Clock clock;

  @Override
  public Integer call() {
    if (batchSize < 1) {
      throw new ToolFailure("--batch-size must be at least 1");
    }
    CaseRows<?> rows = kind == CaseKind.PATENTS ? patentRows : preReportRows;
    Actor actor = accounts.authenticate(operator, spec.commandLine().getErr());
    SourceFile source = read();
    PrintWriter out = spec.commandLine().getOut();
    ImportSummary summary = run(rows, actor, source, spec.commandLine().getErr());
    summary.problems().forEach(p -> out.println(p.describe()));
    out.println(describe(summary));
    return summary.problems().isEmpty() ? 0 : TaiwaCommand.PROBLEM_FOUND;
  }

  private SourceFile read() {
    String name = file.getFileName().toString();
    try {
      return SourceFile.read(
          name, Files.readAllBytes(file), format == null ? ImportFormat.of(name) : format);
    } catch (IOException e) {
      throw new ToolFailure("cannot read " + file + ": " + e.getMessage());
    } catch (UnreadableFile e) {
      throw new ToolFailure(e.getMessage());
    }
  }

  private <F> ImportSummary run(CaseRows<F> rows, Actor actor, SourceFile source, PrintWriter err) {
    CaseImport<F> run = new CaseImport<>(rows, importKeys, auditLog, unitOfWork, clock);
    run.unusable(source)
        .ifPresent(
            problem -> {
              throw new ToolFailure(problem);
            });
    run.forbidden(actor)
        .ifPresent(
            r -> {
              throw new ToolFailure(
                  actor.username() + " may not import these cases: " + r.message());
            });
    try (Progress progress = Progress.of(dryRun ? "check" : "import", source.rows().size(), err)) {
      return run.run(
          actor, source, dryRun, batchSize, new BusyRetry(unitOfWork, err), progress::step);
    }
  }

  private String describe(ImportSummary summary) {
    String counts =
        summary.badRows()
            + " bad, "
            + summary.alreadyImported()
            + " already imported, of "
            + summary.rows()
            + " rows";
    String timing =
        summary.rate().isEmpty()
            ? String.format(" in %.1f s", summary.seconds())
            : String.format(" in %.1f s (%.0f rows/s)", summary.seconds(), summary.rate().get());
    return dryRun
        ? "Dry run: "
            + (summary.rows() - summary.badRows() - summary.alreadyImported())
            + " would be imported, "
            + counts
            + timing
            + "; nothing written"
        : "Imported " + summary.created() + " cases, " + counts + timing;
  }
}
