package dev.taiwa.tools.export;

import dev.taiwa.cases.kernel.JapanTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How exported instants read: Tokyo local time, as users see them elsewhere. */
final class Texts {
  private static final DateTimeFormatter TOKYO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(JapanTime.ZONE);

  private Texts() {}

  static String tokyo(Instant instant) {
    return instant == null ? null : TOKYO.format(instant);
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
