package dev.taiwa.service.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Where one import of an uploaded file, started from the console, stands as the database has it
 * (any node may show it): its file, rows, state and rows done so far. Its dry run's and run's bad
 * rows are {@link ImportJobFindings}.
 *
 * @param done rows done so far (skipped as imported before, created or refused), as the running
 *     node last wrote it (after each batch)
 * @param heartbeatAt when the node that runs it last said it was still at it; null before the run
 *     was asked for
 * @param finishedAt when the run ended (done or failed); null before
 */
public record ImportJob(
    UUID id,
    String fileName,
    long rows,
    State state,
    long done,
    Instant checkedAt,
    Instant heartbeatAt,
    Instant finishedAt) {

  /** Where the job stands. */
  public enum State {
    /** Dry run done; waiting for the owner to run it. */
    CHECKED,
    /** Run asked for; waiting for an earlier import of the same node to finish. */
    QUEUED,
    RUNNING,
    DONE,
    /** Stopped by a fault of the store or the service (the rows' transactions so far stayed). */
    FAILED,
    /**
     * The node running it stopped (shut down, or no heartbeat within the lease): the batches
     * committed so far stayed.
     */
    INTERRUPTED;

    /** Queued or running: a node has it in hand. */
    public boolean underWay() {
      return this == QUEUED || this == RUNNING;
    }
  }

  /**
   * This job as seen at {@code now}: a job under way whose node has not said it is still at it
   * within {@code lease} is {@link State#INTERRUPTED} (its node is gone).
   */
  public ImportJob seenAt(Instant now, Duration lease) {
    boolean silent = heartbeatAt == null || heartbeatAt.plus(lease).isBefore(now);
    return state.underWay() && silent
        ? new ImportJob(
            id, fileName, rows, State.INTERRUPTED, done, checkedAt, heartbeatAt, finishedAt)
        : this;
  }

  /** Rows done so far, at most all of them. */
  public long done() {
    return Math.min(done, rows);
  }

  /** Whole per cent of the rows done; 100 once the run is over. */
  public int percent() {
    if (state == State.DONE) {
      return 100;
    }
    return rows == 0 ? 0 : (int) (done() * 100 / rows);
  }
}
