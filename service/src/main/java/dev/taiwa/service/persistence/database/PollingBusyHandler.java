package dev.taiwa.service.persistence.database;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;

/**
 * Waits for a SQLite lock by trying again every {@value #POLL_MILLIS} ms until the busy timeout has
 * passed, then gives up (SQLITE_BUSY). It replaces SQLite's own busy-timeout handler, which backs
 * off to one try every 100 ms: a writer that commits and begins again at once (an import's next
 * batch) then almost always takes the lock back before a waiting short write gets a try, and the
 * short write waits out its whole busy timeout. Trying every millisecond, waiting writers get the
 * lock in the gaps between another writer's transactions. One handler per connection; a connection
 * is used by one thread at a time.
 */
final class PollingBusyHandler extends BusyHandler {
  static final int POLL_MILLIS = 1;

  private final long timeoutNanos;
  private final BusyWaits waits;
  private long waitingSince;

  PollingBusyHandler(int timeoutMillis, BusyWaits waits) {
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    this.waits = waits;
  }

  /** 1 to try again, 0 to give up; {@code previousCalls} is 0 at the start of each wait. */
  @Override
  protected int callback(int previousCalls) {
    long now = System.nanoTime();
    if (previousCalls == 0) {
      waitingSince = now;
      waits.waitBegan();
    }
    if (now - waitingSince >= timeoutNanos) {
      return 0;
    }
    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
    return 1;
  }
}
