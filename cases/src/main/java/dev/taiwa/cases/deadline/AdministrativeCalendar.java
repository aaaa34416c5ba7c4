package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The days administrative offices are closed (行政機関の休日に関する法律 Art. 1): Saturdays, Sundays, national
 * holidays and 29 December – 3 January; plus configured extra closures, minus configured days
 * declared open. Art. 2 moves a period owed to an office that ends on a closed day to the next
 * working day.
 */
public final class AdministrativeCalendar {
  private static final MonthDay YEAR_END_FROM = MonthDay.of(12, 29);
  private static final MonthDay YEAR_END_TO = MonthDay.of(1, 3);
  static final Bilingual YEAR_END =
      new Bilingual("year-end and New Year closure, 29 December – 3 January", "年末年始の休日");
  private static final Bilingual SATURDAY = new Bilingual("Saturday", "土曜日");
  private static final Bilingual SUNDAY = new Bilingual("Sunday", "日曜日");

  private final JapaneseHolidays holidays;
  private final Map<LocalDate, Bilingual> extraClosures;
  private final Set<LocalDate> declaredOpen;

  /**
   * @param extraClosures days closed beyond the Act, each with its reason
   * @param declaredOpen days the Act would close that are to count as working days
   */
  public AdministrativeCalendar(
      JapaneseHolidays holidays,
      Map<LocalDate, Bilingual> extraClosures,
      Set<LocalDate> declaredOpen) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.extraClosures = Map.copyOf(extraClosures);
    this.declaredOpen = Set.copyOf(declaredOpen);
  }

  /** The Act's calendar on the standard national holidays, with no extra closures. */
  public static AdministrativeCalendar standard() {
    return new AdministrativeCalendar(JapaneseHolidays.standard(), Map.of(), Set.of());
  }

  public JapaneseHolidays holidays() {
    return holidays;
  }

  public boolean isWorkingDay(LocalDate date) {
    return closure(date).isEmpty();
  }

  /**
   * Why offices are closed on {@code date}: the national holiday's name, the year-end closure, an
   * extra closure, or the weekday (Saturday, Sunday); empty on a working day.
   */
  public Optional<Bilingual> closure(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (declaredOpen.contains(date)) {
      return Optional.empty();
    }
    if (extraClosures.containsKey(date)) {
      return Optional.of(extraClosures.get(date));
    }
    Optional<Holiday> holiday = holidays.holidayOn(date);
    if (holiday.isPresent()) {
      return Optional.of(holiday.get().name());
    }
    MonthDay monthDay = MonthDay.from(date);
    if (!monthDay.isBefore(YEAR_END_FROM) || !monthDay.isAfter(YEAR_END_TO)) {
      return Optional.of(YEAR_END);
    }
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return Optional.of(SATURDAY);
    }
    if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.of(SUNDAY);
    }
    return Optional.empty();
  }

  /** {@code date} itself when a working day, else the first working day after it. */
  public LocalDate nextWorkingDay(LocalDate onOrAfter) {
    LocalDate day = onOrAfter;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The {@code count}-th working day after {@code date} ({@code date} itself is not counted); for
   * zero, {@code date} unchanged.
   */
  public LocalDate addWorkingDays(LocalDate date, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("working days to add must not be negative: " + count);
    }
    LocalDate day = date;
    for (int added = 0; added < count; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        added++;
      }
    }
    return day;
  }

  /** Working days in {@code from} to {@code through}, both included. */
  public int workingDaysBetween(LocalDate from, LocalDate through) {
    int count = 0;
    for (LocalDate day = from; !day.isAfter(through); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
