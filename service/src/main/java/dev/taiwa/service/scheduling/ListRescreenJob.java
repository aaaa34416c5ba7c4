package dev.taiwa.service.scheduling;

import dev.taiwa.cases.screening.application.ListRescreen;
import dev.taiwa.cases.screening.model.RescreenRun;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the re-screenings that list imports leave PENDING (and resumes one a stopped node left
 * RUNNING): every {@code taiwa.screening.rescreen.poll} (default 10 s) each node looks for an
 * unfinished run and, if there is one, takes the job's lease ({@link JobLeases}) so that one node
 * runs it; the lease is given back when the run ends. Off when {@code
 * taiwa.screening.rescreen.enabled} is false (the command-line tools run it in the foreground).
 */
@Singleton
@Requires(property = "taiwa.screening.rescreen.enabled", value = "true", defaultValue = "true")
public class ListRescreenJob {
  /** The job's lease and metric name. */
  public static final String NAME = "list-rescreen";

  private static final Logger LOG = LoggerFactory.getLogger(ListRescreenJob.class);

  private final ListRescreen rescreen;
  private final JobLeases.LeasedJob lease;

  ListRescreenJob(ListRescreen rescreen, JobLeases leases) {
    this.rescreen = rescreen;
    this.lease = leases.polling(NAME);
  }

  @Scheduled(
      fixedDelay = "${taiwa.screening.rescreen.poll:10s}",
      initialDelay = "${taiwa.screening.rescreen.poll:10s}")
  void runPending() {
    if (rescreen.unfinished().isEmpty()) {
      return;
    }
    lease.runIfLeased(
        () -> {
          List<RescreenRun> runs = rescreen.unfinished();
          for (RescreenRun run : runs) {
            LOG.info("Re-screening open cases against list version {}", run.version());
            RescreenRun done = rescreen.run(run.version(), ListRescreen.Progress.NONE);
            LOG.info(
                "Re-screened {} open case(s) against list version {}: {} new hit(s) on {} case(s)",
                done.screened(),
                done.version(),
                done.newHits(),
                done.casesWithNewHits());
          }
        });
  }
}
