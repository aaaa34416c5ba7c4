package dev.taiwa.cases.document.model;

import dev.taiwa.cases.kernel.JapanTime;
import java.time.LocalDate;

/**
 * Dates as Japanese officials write them: the era year (令和8年11月22日) followed by the ISO date. Reiwa
 * began on 2019-05-01 (its first year written 元年), Heisei on 1989-01-08.
 */
public final class JapaneseDate {
  private static final LocalDate REIWA = LocalDate.of(2019, 5, 1);
  private static final LocalDate HEISEI = LocalDate.of(1989, 1, 8);

  private JapaneseDate() {}

  /** {@code 令和8年11月22日}. */
  public static String era(LocalDate date) {
    String era;
    int year;
    if (!date.isBefore(REIWA)) {
      era = "令和";
      year = date.getYear() - 2018;
    } else if (!date.isBefore(HEISEI)) {
      era = "平成";
      year = date.getYear() - 1988;
    } else {
      return JapanTime.written(date);
    }
    return era
        + (year == 1 ? "元" : Integer.toString(year))
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日";
  }

  /** {@code 令和8年11月22日（2026-11-22）}. */
  public static String withIso(LocalDate date) {
    return date == null ? "" : era(date) + "（" + date + "）";
  }
}
