package dev.taiwa.service.persistence.database;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts this node's waits for a database lock: {@code taiwa.database.busy.waits}, each time a
 * SQLite connection found the database locked and began to wait ({@link PollingBusyHandler}), and
 * {@code taiwa.database.busy.refusals}, each time a wait ran out and the work was refused as BUSY
 * ({@link BusyStoreFailures}, on either database).
 */
@Singleton
public final class BusyWaits implements MeterBinder {
  private final LongAdder waits = new LongAdder();
  private final LongAdder refusals = new LongAdder();

  void waitBegan() {
    waits.increment();
  }

  void refused() {
    refusals.increment();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("taiwa.database.busy.waits", waits, LongAdder::sum)
        .description("Waits begun for a SQLite lock another connection held")
        .register(registry);
    FunctionCounter.builder("taiwa.database.busy.refusals", refusals, LongAdder::sum)
        .description("Work refused as BUSY after the lock wait ran out")
        .register(registry);
  }
}
