package dev.taiwa.service.importing;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One import of an uploaded file, started from the console: its dry run, then (once the user runs
 * it) its progress row by row and its outcome. Kept by {@link ImportJobs} for its owner only; read
 * by later requests while it runs in the background.
 */
public final class ImportJob {
  /** Where the job stands. */
  public enum State {
    /** Dry run done; waiting for the owner to run it. */
    CHECKED,
    /** Run asked for; waiting for an earlier import to finish. */
    QUEUED,
    RUNNING,
    DONE,
    /** Stopped by a fault of the store or the service (the rows' transactions so far stayed). */
    FAILED
  }

  private final UUID id = UUID.randomUUID();
  private final UserId owner;
  private final String fileName;
  private final long rows;
  private final ImportSummary dryRun;
  private final AtomicLong done = new AtomicLong();
  private final Instant checkedAt;
  private volatile SourceFile file;
  private volatile State state = State.CHECKED;
  private volatile ImportSummary result;
  private volatile Instant finishedAt;

  ImportJob(Actor owner, SourceFile file, ImportSummary dryRun, Instant checkedAt) {
    this.owner = owner.userId();
    this.file = file;
    this.fileName = file.name();
    this.rows = file.rows().size();
    this.dryRun = dryRun;
    this.checkedAt = checkedAt;
  }

  public UUID id() {
    return id;
  }

  public boolean ownedBy(UserId user) {
    return owner.equals(user);
  }

  public String fileName() {
    return fileName;
  }

  public long rows() {
    return rows;
  }

  public ImportSummary dryRun() {
    return dryRun;
  }

  public State state() {
    return state;
  }

  /** Rows done so far (skipped as imported before, created or refused). */
  public long done() {
    return Math.min(done.get(), rows);
  }

  /** Whole per cent of the rows done; 100 once the run is over. */
  public int percent() {
    if (state == State.DONE || rows == 0) {
      return state == State.DONE ? 100 : 0;
    }
    return (int) (done() * 100 / rows);
  }

  /** The run's outcome; null until it is DONE. */
  public ImportSummary result() {
    return result;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  SourceFile file() {
    return file;
  }

  boolean queue() {
    synchronized (this) {
      if (state != State.CHECKED) {
        return false;
      }
      state = State.QUEUED;
      return true;
    }
  }

  void running() {
    state = State.RUNNING;
  }

  void step(long count) {
    done.addAndGet(count);
  }

  void finished(ImportSummary summary, Instant at) {
    result = summary;
    file = null;
    finishedAt = at;
    state = State.DONE;
  }

  void failed(Instant at) {
    file = null;
    finishedAt = at;
    state = State.FAILED;
  }
}
