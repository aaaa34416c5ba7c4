package dev.taiwa.cases.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the procedures run on: every "today", filing date and reference-number year is a
 * date in Japan (Asia/Tokyo), whatever the server's zone.
 */
public final class JapanTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  private JapanTime() {}

  /** The date in Japan at {@code instant}. */
  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** Today's date in Japan by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return dateOf(clock.instant());
  }

  /** {@code 2026年11月22日}: a date as a Japanese sentence writes it, in the Western year. */
  public static String written(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
