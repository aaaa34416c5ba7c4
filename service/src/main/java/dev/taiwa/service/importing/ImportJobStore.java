package dev.taiwa.service.importing;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The console's import jobs in the database, so that every node sees them: each job with its
 * uploaded file (until the run ends), its dry run's and run's problems, its state and progress.
 * Reads are scoped to the account that started a job, within its organisation.
 */
public interface ImportJobStore {

  /**
   * Keeps a checked job of {@code owner} (of {@code organisation}): its file's {@code content}, to
   * run later on any node, and its {@code dryRun}.
   */
  void insert(
      ImportJob job,
      UserId owner,
      OrganisationId organisation,
      byte[] content,
      ImportSummary dryRun);

  /** The job {@code id} when {@code owner} of {@code organisation} started it. */
  Optional<ImportJob> find(UUID id, UserId owner, OrganisationId organisation);

  /** The jobs {@code owner} of {@code organisation} started, latest first. */
  List<ImportJob> of(UserId owner, OrganisationId organisation);

  /** The dry run and (once done) the run of the job {@code id}, with their problems. */
  ImportJobFindings findings(UUID id);

  /**
   * Marks {@code owner}'s CHECKED job {@code id} QUEUED at {@code at}; false when it was not
   * CHECKED (run before, on this node or another) or is not {@code owner}'s.
   */
  boolean queue(UUID id, UserId owner, Instant at);

  /** The uploaded file of the job {@code id}; empty once its run ended. */
  Optional<byte[]> content(UUID id);

  /** The job {@code id} is RUNNING, as said at {@code at}. */
  void running(UUID id, Instant at);

  /** The job {@code id} has done {@code done} rows, as said at {@code at}. */
  void progress(UUID id, long done, Instant at);

  /** The node running or queueing the jobs {@code ids} is still at them at {@code at}. */
  void heartbeat(Collection<UUID> ids, Instant at);

  /** The job {@code id} is DONE with {@code result} at {@code at}; its file is let go. */
  void finished(UUID id, ImportSummary result, Instant at);

  /** The job {@code id} ended in {@code state} (FAILED or INTERRUPTED) at {@code at}. */
  void stopped(UUID id, ImportJob.State state, Instant at);

  /** Deletes the jobs whose last news (end, heartbeat or check) is before {@code before}. */
  int forget(Instant before);
}
