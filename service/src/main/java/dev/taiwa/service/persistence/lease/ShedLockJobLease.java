package dev.taiwa.service.persistence.lease;

import dev.taiwa.service.scheduling.JobLease;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * {@link JobLease} in the {@code shedlock} table, taken and released by ShedLock's JDBC provider
 * (each step one auto-committed statement on a pooled connection of its own, outside any
 * transaction of the job: the provider is given the pool itself, not Micronaut's contextual
 * connection). A lease lasts while the run does, at least {@code taiwa.scheduling.lease-at-least}
 * (default 5 minutes: a node whose clock is a little behind does not run the same schedule again)
 * and at most {@code taiwa.scheduling.lease-at-most} (default 6 hours: a node that died mid-run
 * frees it then).
 */
@Singleton
public class ShedLockJobLease implements JobLease {
  static final String TABLE = "shedlock";

  private final LockingTaskExecutor executor;
  private final Duration atLeast;
  private final Duration atMost;

  ShedLockJobLease(
      DataSource dataSource,
      DataSourceResolver resolver,
      @Value("${taiwa.scheduling.lease-at-least:5m}") Duration atLeast,
      @Value("${taiwa.scheduling.lease-at-most:6h}") Duration atMost) {
    this.executor =
        new DefaultLockingTaskExecutor(new JdbcLockProvider(resolver.resolve(dataSource), TABLE));
    this.atLeast = atLeast;
    this.atMost = atMost;
  }

  @Override
  public boolean runIfFree(String job, Runnable task) {
    return run(new LockConfiguration(Instant.now(), job, atMost, atLeast), task);
  }

  @Override
  public boolean runIfFreeUntilDone(String job, Runnable task) {
    return run(new LockConfiguration(Instant.now(), job, atMost, Duration.ZERO), task);
  }

  private boolean run(LockConfiguration lease, Runnable task) {
    try {
      return executor
          .executeWithLock(
              () -> {
                task.run();
                return null;
              },
              lease)
          .wasExecuted();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
