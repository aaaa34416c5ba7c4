package dev.taiwa.service.importing;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.UnitOfWork;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports of pre-reports started from the console, run as {@code taiwa import prereports} runs them
 * ({@link CaseImport}: the same use cases, batches, import keys and IMPORT_BATCH event): the dry
 * run in the request that uploads the file, the import itself in the background, one at a time (the
 * store takes one writer), its progress kept here for later requests of its owner. Jobs are kept in
 * this service's memory for a day after they end (a restart forgets them; the cases and the audit
 * trail stay).
 */
@Singleton
public final class ImportJobs {
  /** Rows per transaction, as the tool's default. */
  static final int BATCH_SIZE = 500;

  private static final Duration KEPT = Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

  private final CaseImport<?> preReports;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "taiwa-import");
            thread.setDaemon(true);
            return thread;
          });

  ImportJobs(
      PreReportRows rows, ImportKeys keys, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    this.preReports = new CaseImport<>(rows, keys, auditLog, unitOfWork, clock);
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The use case's refusal when {@code actor} may not create pre-reports at all. */
  public Optional<Rejection> forbidden(Actor actor) {
    return preReports.forbidden(actor);
  }

  /** Why {@code file} cannot be imported as pre-reports at all; empty when it can. */
  public Optional<String> unusable(SourceFile file) {
    return preReports.unusable(file);
  }

  /**
   * The dry run of {@code file} as {@code actor} (nothing written), kept as a job its owner may
   * then run. Only for a file without {@link #unusable} problems and an actor not {@link
   * #forbidden}.
   */
  public ImportJob check(Actor actor, SourceFile file) {
    forget();
    ImportSummary dryRun = preReports.run(actor, file, true, BATCH_SIZE, retries(), count -> {});
    ImportJob job = new ImportJob(actor, file, dryRun, clock.instant());
    jobs.put(job.id(), job);
    return job;
  }

  /** The job {@code id} when {@code actor} started it; empty for anyone else's. */
  public Optional<ImportJob> find(Actor actor, UUID id) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.ownedBy(actor.userId()));
  }

  /** {@code actor}'s jobs, latest first. */
  public List<ImportJob> of(Actor actor) {
    return jobs.values().stream()
        .filter(j -> j.ownedBy(actor.userId()))
        .sorted(Comparator.comparing(ImportJob::checkedAt).reversed())
        .toList();
  }

  /**
   * Runs {@code job} in the background as {@code actor} (its owner as the request that asks for the
   * run found it, not as it was at the dry run: roles may have changed since); false when it was
   * run before or {@code actor} is not its owner.
   */
  public boolean start(ImportJob job, Actor actor) {
    if (!job.ownedBy(actor.userId()) || !job.queue()) {
      return false;
    }
    runner.execute(() -> run(job, actor));
    return true;
  }

  private void run(ImportJob job, Actor actor) {
    job.running();
    try {
      ImportSummary summary =
          preReports.run(actor, job.file(), false, BATCH_SIZE, retries(), job::step);
      job.finished(summary, clock.instant());
    } catch (RuntimeException e) {
      LOG.error("The import {} of {} stopped", job.id(), job.fileName(), e);
      job.failed(clock.instant());
    }
  }

  private BusyRetry retries() {
    return new BusyRetry(unitOfWork, new PrintWriter(Writer.nullWriter()));
  }

  private void forget() {
    var before = clock.instant().minus(KEPT);
    jobs.values()
        .removeIf(
            j ->
                j.finishedAt() != null && j.finishedAt().isBefore(before)
                    || j.state() == ImportJob.State.CHECKED && j.checkedAt().isBefore(before));
  }

  @PreDestroy
  void stop() {
    runner.shutdownNow();
  }
}
