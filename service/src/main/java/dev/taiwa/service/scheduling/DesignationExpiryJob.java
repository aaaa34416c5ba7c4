package dev.taiwa.service.scheduling;

import dev.taiwa.cases.patent.application.DesignationExpiry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the designation expiry sweep on a schedule ({@code taiwa.patent.designation-expiry.cron},
 * default 00:15 every day); off when {@code taiwa.patent.designation-expiry.enabled} is false (as
 * in tests, which call the use case themselves). One node of those sharing the database runs each
 * schedule ({@link JobLeases}).
 */
@Singleton
@Requires(
    property = "taiwa.patent.designation-expiry.enabled",
    value = "true",
    defaultValue = "true")
public class DesignationExpiryJob {
  /** The job's lease and metric name. */
  static final String NAME = "designation-expiry";

  private static final Logger LOG = LoggerFactory.getLogger(DesignationExpiryJob.class);

  private final DesignationExpiry expiry;
  private final JobLeases.LeasedJob lease;

  DesignationExpiryJob(DesignationExpiry expiry, JobLeases leases) {
    this.expiry = expiry;
    this.lease = leases.job(NAME);
  }

  @Scheduled(cron = "${taiwa.patent.designation-expiry.cron:0 15 0 * * ?}", zoneId = "Asia/Tokyo")
  void sweep() {
    lease.runIfLeased(
        () -> {
          int expired = expiry.run();
          if (expired > 0) {
            LOG.info("Designation expiry sweep: {} designation(s) expired", expired);
          }
        });
  }
}
