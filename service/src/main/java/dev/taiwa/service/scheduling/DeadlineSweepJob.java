package dev.taiwa.service.scheduling;

import dev.taiwa.cases.deadline.application.DeadlineSweep;
import dev.taiwa.cases.deadline.application.SweepReport;
import dev.taiwa.cases.idempotency.OnceOnly;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the deadline sweep on the schedule {@code taiwa.deadlines.sweep.cron} (Tokyo time; by
 * default every day at 06:30). Off when {@code taiwa.deadlines.sweep.enabled} is false (tests run
 * the sweep themselves with a fixed clock). However many nodes share the database, one runs each
 * schedule ({@link JobLeases}); each deadline is changed under its version besides, so a reminder
 * is given once. The same daily run then purges the idempotency keys older than {@code
 * taiwa.idempotency.retention}.
 */
@Singleton
@Requires(property = "taiwa.deadlines.sweep.enabled", notEquals = "false")
public class DeadlineSweepJob {
  /** The job's lease and metric name. */
  static final String NAME = "deadline-sweep";

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineSweepJob.class);

  private final DeadlineSweep sweep;
  private final OnceOnly onceOnly;
  private final JobLeases.LeasedJob lease;

  DeadlineSweepJob(DeadlineSweep sweep, OnceOnly onceOnly, JobLeases leases) {
    this.sweep = sweep;
    this.onceOnly = onceOnly;
    this.lease = leases.job(NAME);
  }

  @Scheduled(cron = "${taiwa.deadlines.sweep.cron:0 30 6 * * *}", zoneId = "Asia/Tokyo")
  void sweepDeadlines() {
    if (!lease.runIfLeased(this::run)) {
      LOG.info(
          "Deadline sweep skipped: its lease is held (another node runs this schedule, or a run"
              + " began within taiwa.scheduling.lease-at-least)");
    }
  }

  private void run() {
    LOG.info("Deadline sweep starting");
    SweepReport report = sweep.run();
    LOG.info("{}", report.summary());
    LOG.info("Expired idempotency keys purged: {}", onceOnly.purgeExpired());
  }
}
