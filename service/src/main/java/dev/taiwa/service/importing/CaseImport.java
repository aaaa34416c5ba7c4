package dev.taiwa.service.importing;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * One import run of a file: reads every row, skips rows whose import key was imported before, and
 * either checks the rest (dry run: the use cases' own checks, nothing written) or hands them to the
 * use cases in transactions of {@code batchSize} rows, remembering the created cases' keys in the
 * same transaction (one batch statement). Ends with one {@code IMPORT_BATCH} audit event naming the
 * file, its SHA-256 and the counts (a run that stops on a failure names how far it got instead);
 * the use cases write their own event per case. A batch whose transaction found the store busy (the
 * running service, or another tool, held the write lock too long) wrote nothing and is run again
 * ({@link BusyRetry}).
 */
public final class CaseImport<F> {

  private final CaseRows<F> rows;
  private final ImportKeys keys;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CaseImport(
      CaseRows<F> rows, ImportKeys keys, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    this.rows = rows;
    this.keys = keys;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * Why {@code file} cannot be imported as this kind at all (columns this kind does not have, or
   * rows without the key column), in the operator's words; empty when it can.
   */
  public Optional<String> unusable(SourceFile file) {
    List<String> unknown =
        file.columns().stream().filter(c -> !rows.columns().contains(c)).toList();
    if (!unknown.isEmpty()) {
      return Optional.of(
          file.name() + ": unknown columns " + unknown + "; the columns are " + rows.columns());
    }
    if (!file.rows().isEmpty() && !file.columns().contains(rows.keyColumn())) {
      return Optional.of(file.name() + ": the column " + rows.keyColumn() + " is required");
    }
    return Optional.empty();
  }

  /** The use case's refusal when {@code actor}'s roles may not create such cases at all. */
  public Optional<Rejection> forbidden(Actor actor) {
    CaseRows.Parsed<F> empty = rows.parse(new SourceRow(0, Map.of()));
    return rows.check(actor, empty).stream()
        .filter(r -> r.code() == dev.taiwa.cases.kernel.ErrorCode.FORBIDDEN)
        .findFirst();
  }

  /**
   * Runs the import (or its dry run) of {@code file} as {@code actor}, {@code batchSize} rows per
   * transaction, telling {@code progress} how many more rows were done after each batch.
   */
  public ImportSummary run(
      Actor actor,
      SourceFile file,
      boolean dryRun,
      int batchSize,
      BusyRetry transactions,
      LongConsumer progress) {
    long started = System.nanoTime();
    List<RowProblem> problems = new ArrayList<>();
    List<SourceRow> fresh = newRows(actor, file, problems);
    long withoutKey = problems.size();
    long alreadyImported = file.rows().size() - fresh.size() - withoutKey;
    long created = 0;
    progress.accept(file.rows().size() - fresh.size());
    int from = 0;
    try {
      for (; from < fresh.size(); from += batchSize) {
        List<SourceRow> batch = fresh.subList(from, Math.min(fresh.size(), from + batchSize));
        if (dryRun) {
          created += check(actor, batch, problems);
        } else {
          String rowsOfBatch = "rows " + batch.get(0).number() + " to " + last(batch).number();
          Batch done =
              transactions.inTransaction(rowsOfBatch, () -> create(actor, batch, new Batch()));
          created += done.imported.size();
          problems.addAll(done.problems);
        }
        progress.accept(batch.size());
      }
    } catch (RuntimeException e) {
      if (!dryRun) {
        stopped(actor, file, transactions, alreadyImported + withoutKey + from, created, e);
      }
      throw e;
    }
    problems.sort(
        java.util.Comparator.comparingLong(RowProblem::row)
            .thenComparing(p -> p.field() == null ? "" : p.field()));
    ImportSummary summary =
        new ImportSummary(
            file.rows().size(),
            dryRun ? 0 : created,
            alreadyImported,
            problems,
            (System.nanoTime() - started) / 1e9);
    if (!dryRun) {
      transactions.inTransaction(
          "the IMPORT_BATCH event", () -> auditLog.append(batchEvent(actor, file, summary)));
    }
    return summary;
  }

  /** The rows whose key is present, unique in the file and not imported before in its scope. */
  private List<SourceRow> newRows(Actor actor, SourceFile file, List<RowProblem> problems) {
    Map<String, Long> firstRowOfKey = new HashMap<>();
    List<SourceRow> keyed = new ArrayList<>();
    for (SourceRow row : file.rows()) {
      String key = row.get(rows.keyColumn());
      if (key == null) {
        problems.add(
            new RowProblem(
                row.number(), rows.keyColumn(), "REQUIRED", "The import key is required"));
      } else if (firstRowOfKey.putIfAbsent(key, row.number()) != null) {
        problems.add(
            new RowProblem(
                row.number(),
                rows.keyColumn(),
                "DUPLICATE",
                key + " is also in row " + firstRowOfKey.get(key)));
      } else {
        keyed.add(row);
      }
    }
    Set<String> known =
        unitOfWork.readOnly(
            () ->
                keys.known(
                    rows.keyScope(actor),
                    keyed.stream().map(r -> r.get(rows.keyColumn())).toList()));
    return keyed.stream().filter(r -> !known.contains(r.get(rows.keyColumn()))).toList();
  }

  private long check(Actor actor, List<SourceRow> batch, List<RowProblem> problems) {
    for (SourceRow row : batch) {
      CaseRows.Parsed<F> parsed = rows.parse(row);
      problems.addAll(parsed.problems());
      add(row, rows.check(actor, parsed), parsed.problems(), problems);
    }
    return 0;
  }

  /**
   * Creates the batch's cases in the current transaction; what it found is kept in {@code done},
   * which only counts once the transaction commits (a busy transaction is run again afresh).
   */
  private Batch create(Actor actor, List<SourceRow> batch, Batch done) {
    for (SourceRow row : batch) {
      CaseRows.Parsed<F> parsed = rows.parse(row);
      if (!parsed.problems().isEmpty()) {
        done.problems.addAll(parsed.problems());
        continue;
      }
      CaseRows.Created result = rows.create(actor, parsed);
      add(row, result.refusals(), List.of(), done.problems);
      if (result.caseId() != null) {
        done.imported.put(row.get(rows.keyColumn()), result.caseId());
      }
    }
    keys.rememberAll(rows.keyScope(actor), done.imported, clock.instant());
    return done;
  }

  /** What one batch's transaction created and refused. */
  private static final class Batch {
    private final Map<String, CaseId> imported = new java.util.LinkedHashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
  }

  private static SourceRow last(List<SourceRow> batch) {
    return batch.get(batch.size() - 1);
  }

  /** Adds the use case's refusals, leaving out fields the row already failed to read. */
  private static void add(
      SourceRow row, List<Rejection> refusals, List<RowProblem> read, List<RowProblem> problems) {
    Set<String> unreadable = new java.util.HashSet<>(read.stream().map(RowProblem::field).toList());
    for (Rejection refusal : refusals) {
      if (refusal.field() == null || !unreadable.contains(refusal.field())) {
        problems.add(
            new RowProblem(
                row.number(), refusal.field(), refusal.code().name(), refusal.message()));
      }
    }
  }

  private AuditEntry batchEvent(Actor actor, SourceFile file, ImportSummary summary) {
    return importEvent(
        actor,
        String.format(
            "%s import of %s (SHA-256 %s): %d rows, %d created, %d already imported, %d bad",
            rows.kind(),
            file.name(),
            file.sha256(),
            summary.rows(),
            summary.created(),
            summary.alreadyImported(),
            summary.badRows()));
  }

  /**
   * The IMPORT_BATCH event of a run that stopped with {@code failure} after {@code handled} rows
   * (the batches committed so far stay, each case with its own events): the file, how far it got
   * and the kind of failure, so the audit trail names the file of every imported case. Appended in
   * a transaction of its own; when the store cannot take it either (the failure may be the
   * store's), the run's failure is what the operator is told, with this one added to it.
   */
  private void stopped(
      Actor actor,
      SourceFile file,
      BusyRetry transactions,
      long handled,
      long created,
      RuntimeException failure) {
    AuditEntry event =
        importEvent(
            actor,
            String.format(
                "%s import of %s (SHA-256 %s) stopped after %d of %d rows (%d created): %s",
                rows.kind(),
                file.name(),
                file.sha256(),
                handled,
                file.rows().size(),
                created,
                failure.getClass().getSimpleName()));
    try {
      transactions.inTransaction(
          "the stopped import's IMPORT_BATCH event", () -> auditLog.append(event));
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private AuditEntry importEvent(Actor actor, String detail) {
    return new AuditEntry(
        clock.instant(),
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        null,
        AuditAction.IMPORT_BATCH,
        AuditOutcome.ACCEPTED,
        detail);
  }
}
