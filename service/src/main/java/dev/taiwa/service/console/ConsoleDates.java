package dev.taiwa.service.console;

import dev.taiwa.cases.document.model.JapaneseDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the console shows them: the era date with the ISO date, times in Tokyo. */
public final class ConsoleDates {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ConsoleDates() {}

  /** {@code 令和8年11月22日（2026-11-22）}; empty for no date. */
  public static String date(LocalDate date) {
    return JapaneseDate.withIso(date);
  }

  /** {@code 令和8年11月22日（2026-11-22） 14:05} in Tokyo; empty for no instant. */
  public static String dateTime(Instant at) {
    if (at == null) {
      return "";
    }
    var local = at.atZone(TOKYO);
    return JapaneseDate.withIso(local.toLocalDate()) + " " + TIME.format(local);
  }
}
