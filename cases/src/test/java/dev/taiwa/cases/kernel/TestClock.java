package dev.taiwa.cases.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test moves it. Starts at {@link #NOW} unless told otherwise.
 */
public final class TestClock extends Clock {
  /** 2026-11-22 10:00 in Tokyo. */
  public static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");

  /** The date in Japan at {@link #NOW}. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private Instant now;

  private TestClock(Instant now) {
    this.now = now;
  }

  public static TestClock atNow() {
    return new TestClock(NOW);
  }

  public static TestClock at(Instant instant) {
    return new TestClock(instant);
  }

  /** Ten o'clock in Tokyo on {@code date}. */
  public static TestClock on(LocalDate date) {
    return new TestClock(date.atTime(10, 0).atZone(JapanTime.ZONE).toInstant());
  }

  public void advance(Duration duration) {
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
    throw new UnsupportedOperationException("the domain reads instants only");
  }
}
