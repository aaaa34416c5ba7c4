package dev.taiwa.service.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it, for replacing the application's {@link Clock}
 * bean ({@code @MockBean(Clock.class)}). Thread-safe: the server reads it on other threads.
 */
public final class MovableClock extends Clock {
  private volatile Instant now;

  private MovableClock(Instant now) {
    this.now = now;
  }

  public static MovableClock startingNow() {
    return new MovableClock(Instant.now());
  }

  /** A clock standing at {@code now} until moved. */
  public static MovableClock startingAt(Instant now) {
    return new MovableClock(now);
  }

  /** Moves the clock to {@code instant}. */
  public synchronized void set(Instant instant) {
    now = instant;
  }

  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Taiwa reads instants only");
  }
}
