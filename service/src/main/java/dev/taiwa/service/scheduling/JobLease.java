package dev.taiwa.service.scheduling;

/**
 * A lease on a scheduled job held in the database every node shares: whoever takes it runs the job,
 * every other node skips that run.
 */
public interface JobLease {
  /** Runs {@code task} if this node takes the lease of {@code job}; true when it ran. */
  boolean runIfFree(String job, Runnable task);

  /**
   * Like {@link #runIfFree} but the lease is given back as soon as {@code task} ends (no least
   * duration): for a job that polls for work rather than runs a schedule once.
   */
  default boolean runIfFreeUntilDone(String job, Runnable task) {
    return runIfFree(job, task);
  }
}
