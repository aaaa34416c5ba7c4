package dev.taiwa.tools.importing;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.tools.CaseKind;
import dev.taiwa.tools.OperatorAccount;
import dev.taiwa.tools.OperatorCredentials;
import dev.taiwa.tools.TaiwaCommand;
import dev.taiwa.tools.ToolFailure;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
    SourceFile source = SourceFile.read(file, format == null ? ImportFormat.of(file) : format);
    columnsAreKnown(rows, source);
    mayCreate(rows, actor);
    PrintWriter out = spec.commandLine().getOut();
    ImportSummary summary = run(rows, actor, source, spec.commandLine().getErr());
    summary.problems().forEach(p -> out.println(p.describe()));
    out.println(describe(summary));
    return summary.problems().isEmpty() ? 0 : TaiwaCommand.PROBLEM_FOUND;
  }

  private <F> ImportSummary run(CaseRows<F> rows, Actor actor, SourceFile source, PrintWriter err) {
    return new CaseImport<>(rows, importKeys, auditLog, unitOfWork, clock)
        .run(actor, source, dryRun, batchSize, err);
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

  private static void columnsAreKnown(CaseRows<?> rows, SourceFile source) {
    List<String> unknown =
        source.columns().stream().filter(c -> !rows.columns().contains(c)).toList();
    if (!unknown.isEmpty()) {
      throw new ToolFailure(
          source.name() + ": unknown columns " + unknown + "; the columns are " + rows.columns());
    }
    if (!source.rows().isEmpty() && !source.columns().contains(rows.keyColumn())) {
      throw new ToolFailure(source.name() + ": the column " + rows.keyColumn() + " is required");
    }
  }

  /** Refuses at once an account whose roles may not create such cases at all. */
  private static <F> void mayCreate(CaseRows<F> rows, Actor actor) {
    CaseRows.Parsed<F> empty = rows.parse(new SourceRow(0, Map.of()));
    rows.check(actor, empty).stream()
        .filter(r -> r.code() == ErrorCode.FORBIDDEN)
        .findFirst()
        .ifPresent(
            r -> {
              throw new ToolFailure(
                  actor.username() + " may not import these cases: " + r.message());
            });
  }
}
