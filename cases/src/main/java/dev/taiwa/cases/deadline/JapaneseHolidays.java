package dev.taiwa.cases.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Japan's national holidays by rule (国民の祝日に関する法律) for 2000–2099: the national holidays of Art. 2
 * ({@link NationalHolidayRules}), corrected by one-off {@link HolidayOverride}s, then the
 * substitute holidays of Art. 3(2) (a national holiday on a Sunday moves to the next day that is
 * not a national holiday; before 2007, to the Monday) and the citizens' holidays of Art. 3(3) (a
 * day other than a Sunday between two national holidays).
 */
public final class JapaneseHolidays {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2099;
  private static final int SUBSTITUTE_TO_NEXT_FREE_DAY_FROM = 2007;

  private final List<HolidayOverride> overrides;
  private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

  public JapaneseHolidays(List<HolidayOverride> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** The rules with the one-off changes known so far ({@link KnownHolidayOverrides}). */
  public static JapaneseHolidays standard() {
    return new JapaneseHolidays(KnownHolidayOverrides.all());
  }

  public List<HolidayOverride> overrides() {
    return overrides;
  }

  /** The holidays of {@code year} in date order. */
  public List<Holiday> holidaysIn(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "holidays are computed for " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
    }
    return byYear.computeIfAbsent(year, this::compute);
  }

  /** The holiday on {@code date}, if it is one. */
  public Optional<Holiday> holidayOn(LocalDate date) {
    return holidaysIn(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
  }

  public boolean isHoliday(LocalDate date) {
    return holidayOn(date).isPresent();
  }

  private List<Holiday> compute(int year) {
    TreeMap<LocalDate, Holiday> national = new TreeMap<>();
    NationalHolidayRules.of(year).forEach(h -> national.put(h.date(), h));
    for (HolidayOverride change : overrides) {
      if (change.date().getYear() != year) {
        continue;
      }
      if (change.change() == HolidayOverride.Change.REMOVED) {
        national.remove(change.date());
      } else {
        national.put(
            change.date(), new Holiday(change.date(), change.name(), HolidayKind.NATIONAL));
      }
    }
    TreeMap<LocalDate, Holiday> all = new TreeMap<>(national);
    for (LocalDate day : national.keySet()) {
      if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        LocalDate substitute = day.plusDays(1);
        while (year >= SUBSTITUTE_TO_NEXT_FREE_DAY_FROM && national.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
        all.putIfAbsent(
            substitute, new Holiday(substitute, Holiday.SUBSTITUTE_NAME, HolidayKind.SUBSTITUTE));
      }
    }
    for (LocalDate day : new ArrayList<>(national.keySet())) {
      LocalDate between = day.plusDays(2);
      LocalDate middle = day.plusDays(1);
      if (national.containsKey(between)
          && !all.containsKey(middle)
          && middle.getDayOfWeek() != DayOfWeek.SUNDAY) {
        all.put(middle, new Holiday(middle, Holiday.CITIZENS_NAME, HolidayKind.CITIZENS));
      }
    }
    List<Holiday> sorted = new ArrayList<>(all.values());
    sorted.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(sorted);
  }
}
