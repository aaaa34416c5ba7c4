package dev.taiwa.graphql.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Calendar dates as they count in Japan, where both procedures run. */
public final class JapanTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private JapanTime() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }
}
