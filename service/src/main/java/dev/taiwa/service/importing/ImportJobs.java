package dev.taiwa.service.importing;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.imports.ImportKeys;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.UnitOfWork;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports of pre-reports started from the console, run as {@code taiwa import prereports} runs them
 * ({@link CaseImport}: the same use cases, batches, import keys and IMPORT_BATCH event): the dry
 * run in the request that uploads the file, the import itself in the background of the node the
 * run's request reached, one at a time per node (a SQLite store takes one writer).
 *
 * <p>Jobs live in the database ({@link ImportJobStore}), not in a node's memory: the uploaded file
 * until the run ends, the dry run's bad rows, the progress (written after each batch) and the
 * outcome, so any node behind a load balancer shows them and a restart forgets nothing. The node
 * running or queueing a job writes a heartbeat every quarter of {@code taiwa.imports.lease}
 * (default 2 minutes); a job under way without one for a whole lease is shown as interrupted (its
 * node is gone), as is a job its node gave up when shutting down. Jobs are forgotten a day after
 * their last news; the cases and the audit trail stay.
 */
@Singleton
public final class ImportJobs {
  /** Rows per transaction, as the tool's default. */
  static final int BATCH_SIZE = 500;

  private static final Duration KEPT = Duration.ofDays(1);
  private static final Duration SHORTEST_BEAT = Duration.ofMillis(100);
  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

  private final CaseImport<?> preReports;
  private final ImportJobStore store;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final Duration lease;

  /** The jobs this node queued or runs: only this node needs to know, for its heartbeat. */
  private final Set<UUID> held = ConcurrentHashMap.newKeySet();

  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "taiwa-import");
            thread.setDaemon(true);
            return thread;
          });
  private final ScheduledFuture<?> heartbeat;
  private volatile boolean stopping;

  ImportJobs(
      PreReportRows rows,
      ImportKeys keys,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      ImportJobStore store,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
      @Value("${taiwa.imports.lease:2m}") Duration lease) {
    this.preReports = new CaseImport<>(rows, keys, auditLog, unitOfWork, clock);
    this.store = store;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.lease = lease;
    Duration beat = lease.dividedBy(4);
    if (beat.compareTo(SHORTEST_BEAT) < 0) {
      beat = SHORTEST_BEAT;
    }
    this.heartbeat = scheduler.scheduleWithFixedDelay(beat, beat, this::beat);
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
   * The dry run of {@code file} (read from {@code content}) as {@code actor}: nothing of the cases
   * written, the job kept with its file and bad rows for its owner to run later, on any node. Only
   * for a file without {@link #unusable} problems and an actor not {@link #forbidden}.
   */
  public ImportJob check(Actor actor, SourceFile file, byte[] content) {
    store.forget(clock.instant().minus(KEPT));
    ImportSummary dryRun = preReports.run(actor, file, true, BATCH_SIZE, retries(), count -> {});
    ImportJob job =
        new ImportJob(
            UUID.randomUUID(),
            file.name(),
            file.rows().size(),
            ImportJob.State.CHECKED,
            0,
            clock.instant(),
            null,
            null);
    store.insert(job, actor.userId(), actor.organisationId(), content, dryRun);
    return job;
  }

  /** The job {@code id} when {@code actor} started it; empty for anyone else's. */
  public Optional<ImportJob> find(Actor actor, UUID id) {
    return store
        .find(id, actor.userId(), actor.organisationId())
        .map(job -> job.seenAt(clock.instant(), lease));
  }

  /** What {@code job} (found by {@link #find}) found: its dry run's and run's bad rows. */
  public ImportJobFindings findings(ImportJob job) {
    return store.findings(job.id());
  }

  /** {@code actor}'s jobs, latest first. */
  public List<ImportJob> of(Actor actor) {
    var now = clock.instant();
    return store.of(actor.userId(), actor.organisationId()).stream()
        .map(job -> job.seenAt(now, lease))
        .toList();
  }

  /**
   * Runs {@code job} in the background of this node as {@code actor} (its owner as the request that
   * asks for the run found it, not as it was at the dry run: roles may have changed since); false
   * when it was run before (from any node) or {@code actor} is not its owner.
   */
  public boolean start(ImportJob job, Actor actor) {
    if (!store.queue(job.id(), actor.userId(), clock.instant())) {
      return false;
    }
    held.add(job.id());
    runner.execute(() -> run(job, actor));
    return true;
  }

  private void run(ImportJob job, Actor actor) {
    try {
      if (stopping) {
        return;
      }
      store.running(job.id(), clock.instant());
      byte[] content =
          store
              .content(job.id())
              .orElseThrow(() -> new IllegalStateException("the file of " + job.id() + " is gone"));
      SourceFile file = SourceFile.read(job.fileName(), content, ImportFormat.of(job.fileName()));
      ImportSummary summary =
          preReports.run(actor, file, false, BATCH_SIZE, retries(), progressOf(job));
      retries()
          .inTransaction(
              "the import's outcome",
              () -> {
                store.finished(job.id(), summary, clock.instant());
                return null;
              });
    } catch (RuntimeException e) {
      ImportJob.State state = stopping ? ImportJob.State.INTERRUPTED : ImportJob.State.FAILED;
      LOG.error("The import {} of {} stopped ({})", job.id(), job.fileName(), state, e);
      ended(job.id(), state);
    } finally {
      held.remove(job.id());
    }
  }

  /**
   * Writes the rows done after each batch (the batch committed: a node that stops later keeps
   * them), which also says this node is still at it. A failed write leaves the import going.
   */
  private LongConsumer progressOf(ImportJob job) {
    long[] done = {0};
    return count -> {
      done[0] += count;
      try {
        store.progress(job.id(), done[0], clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("The progress of the import {} was not written: {}", job.id(), e.toString());
      }
    };
  }

  private void ended(UUID id, ImportJob.State state) {
    try {
      store.stopped(id, state, clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("The import {} could not be marked {}: {}", id, state, e.toString());
    }
  }

  private void beat() {
    if (held.isEmpty()) {
      return;
    }
    try {
      store.heartbeat(List.copyOf(held), clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("The heartbeat of the imports {} was not written: {}", held, e.toString());
    }
  }

  private BusyRetry retries() {
    return new BusyRetry(unitOfWork, new PrintWriter(Writer.nullWriter()));
  }

  /**
   * Gives up this node's queued and running jobs: they are marked interrupted at once (the batches
   * committed so far stay; the same file again imports the rest).
   */
  @PreDestroy
  void stop() {
    stopping = true;
    heartbeat.cancel(false);
    runner.shutdownNow();
    for (UUID id : List.copyOf(held)) {
      ended(id, ImportJob.State.INTERRUPTED);
    }
  }
}
