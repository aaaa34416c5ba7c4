package dev.taiwa.cases.deadline;

import java.time.LocalDate;

/**
 * The vernal and autumnal equinox days by the standard approximation, valid 1980–2099. The official
 * days are fixed by the National Astronomical Observatory's announcement in February of the year
 * before; a differing announcement is recorded as a {@link HolidayOverride}.
 */
public final class Equinoxes {
  public static final int FIRST_YEAR = 1980;
  public static final int LAST_YEAR = 2099;

  private Equinoxes() {}

  /** March: floor(20.8431 + 0.242194 × (y − 1980)) − floor((y − 1980) / 4). */
  public static LocalDate vernal(int year) {
    return LocalDate.of(year, 3, day(20.8431, year));
  }

  /** September: floor(23.2488 + 0.242194 × (y − 1980)) − floor((y − 1980) / 4). */
  public static LocalDate autumnal(int year) {
    return LocalDate.of(year, 9, day(23.2488, year));
  }

  private static int day(double base, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "the equinox approximation holds for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
    }
    int offset = year - FIRST_YEAR;
    return (int) Math.floor(base + 0.242194 * offset) - Math.floorDiv(offset, 4);
  }
}
