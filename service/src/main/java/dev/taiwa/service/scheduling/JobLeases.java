package dev.taiwa.service.scheduling;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Scheduled jobs that run at most once per schedule across every node sharing the database (see
 * {@link JobLease}). Each run and skip is counted in {@code taiwa.jobs.runs} (tags {@code job},
 * {@code outcome} = {@code ran} or {@code skipped}); the counters of every job exist from the
 * start, at zero, whether or not the job is switched on here.
 */
@Singleton
public class JobLeases implements MeterBinder {
  /** Every leased job's name. */
  static final List<String> JOBS =
      List.of(DeadlineSweepJob.NAME, DesignationExpiryJob.NAME, ListRescreenJob.NAME);

  /**
   * Looked up at the first run, not at construction: the meter registry binds these counters while
   * the data source the lease is kept in is still being made.
   */
  private final BeanProvider<JobLease> lease;

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  JobLeases(BeanProvider<JobLease> lease) {
    this.lease = lease;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String job : JOBS) {
      for (String outcome : List.of("ran", "skipped")) {
        FunctionCounter.builder("taiwa.jobs.runs", count(job, outcome), LongAdder::sum)
            .description("Scheduled job runs on this node: ran, or skipped as another node held it")
            .tag("job", job)
            .tag("outcome", outcome)
            .register(registry);
      }
    }
  }

  /** The job named {@code name}. */
  public LeasedJob job(String name) {
    return new LeasedJob(name, false, count(name, "ran"), count(name, "skipped"));
  }

  /** The job named {@code name}, whose lease is given back as soon as a run ends. */
  public LeasedJob polling(String name) {
    return new LeasedJob(name, true, count(name, "ran"), count(name, "skipped"));
  }

  private LongAdder count(String job, String outcome) {
    return counts.computeIfAbsent(job + "/" + outcome, key -> new LongAdder());
  }

  /** One scheduled job under its lease. */
  public final class LeasedJob {
    private final String name;
    private final boolean untilDone;
    private final LongAdder ran;
    private final LongAdder skipped;

    private LeasedJob(String name, boolean untilDone, LongAdder ran, LongAdder skipped) {
      this.name = name;
      this.untilDone = untilDone;
      this.ran = ran;
      this.skipped = skipped;
    }

    /** Runs {@code task} if this node takes the lease; true when it ran. */
    public boolean runIfLeased(Runnable task) {
      boolean[] started = {false};
      boolean taken;
      Runnable counted =
          () -> {
            started[0] = true;
            task.run();
          };
      try {
        taken =
            untilDone
                ? lease.get().runIfFreeUntilDone(name, counted)
                : lease.get().runIfFree(name, counted);
      } finally {
        if (started[0]) {
          ran.increment();
        }
      }
      if (!taken) {
        skipped.increment();
      }
      return taken;
    }
  }
}
