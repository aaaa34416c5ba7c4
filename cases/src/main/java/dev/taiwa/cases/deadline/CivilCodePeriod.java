package dev.taiwa.cases.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The last day of a period under the Civil Code (民法 Arts. 140–143), before any roll-forward.
 *
 * <p>Counting begins on the reckoning day R ({@link PeriodStart#reckoningFrom()}): the day after
 * the start event, unless the period starts at midnight. A period of n DAYS ends at the end of its
 * n-th day, R + n − 1 (Art. 141). A period of n MONTHS (YEARS = 12n months) ends at the end of the
 * day before the day of the last month corresponding to R; when that month has no such day, at the
 * end of that month (Art. 143(2)). So an event during 15 January plus 3 months reckons from 16
 * January and ends on 15 April; an event during 30 November plus 3 months reckons from 1 December
 * and ends on the last day of February. A period of n WORKING_DAYS ends on the n-th working day
 * counted from R. A period BEFORE an event counts back the same way: n days before a date is the
 * date minus n days.
 */
public final class CivilCodePeriod {
  private CivilCodePeriod() {}

  public static LocalDate lastDay(
      PeriodStart start,
      long amount,
      PeriodUnit unit,
      PeriodDirection direction,
      AdministrativeCalendar calendar) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(unit, "unit");
    if (amount < 1) {
      throw new IllegalArgumentException("a period lasts at least 1 " + unit + ", not " + amount);
    }
    if (direction == PeriodDirection.BEFORE) {
      return before(start.date(), amount, unit, calendar);
    }
    LocalDate reckoning = start.reckoningFrom();
    return switch (unit) {
      case DAYS -> reckoning.plusDays(amount - 1);
      case MONTHS -> monthsFrom(reckoning, amount);
      case YEARS -> monthsFrom(reckoning, Math.multiplyExact(amount, 12));
      case WORKING_DAYS -> calendar.addWorkingDays(reckoning.minusDays(1), Math.toIntExact(amount));
    };
  }

  private static LocalDate monthsFrom(LocalDate reckoning, long months) {
    YearMonth lastMonth = YearMonth.from(reckoning).plusMonths(months);
    int correspondingDay = reckoning.getDayOfMonth();
    return lastMonth.isValidDay(correspondingDay)
        ? lastMonth.atDay(correspondingDay).minusDays(1)
        : lastMonth.atEndOfMonth();
  }

  private static LocalDate before(
      LocalDate event, long amount, PeriodUnit unit, AdministrativeCalendar calendar) {
    return switch (unit) {
      case DAYS -> event.minusDays(amount);
      case MONTHS -> event.minusMonths(amount);
      case YEARS -> event.minusYears(amount);
      case WORKING_DAYS -> {
        LocalDate day = event;
        for (long counted = 0; counted < amount; ) {
          day = day.minusDays(1);
          if (calendar.isWorkingDay(day)) {
            counted++;
          }
        }
        yield day;
      }
    };
  }
}
