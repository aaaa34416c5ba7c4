package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.NationalHolidayNames.*;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The national holidays of Art. 2 of the National Holidays Act (国民の祝日に関する法律) in a given year, with
 * the amendments over time: Happy Monday days (Coming of Age and Sports Day from 2000, Marine Day
 * and Respect for the Aged Day from 2003), Showa Day and the 4 May Greenery Day from 2007, Mountain
 * Day from 2016, the Emperor's Birthday on 23 February from 2020 (23 December until 2018, none in
 * 2019) and Sports Day's new name from 2020.
 */
final class NationalHolidayRules {
  private NationalHolidayRules() {}

  static List<Holiday> of(int year) {
    List<Holiday> days = new ArrayList<>();
    days.add(on(year, 1, 1, NEW_YEARS_DAY));
    days.add(monday(year, 1, 2, COMING_OF_AGE_DAY));
    days.add(on(year, 2, 11, NATIONAL_FOUNDATION_DAY));
    if (year >= 2020) {
      days.add(on(year, 2, 23, EMPERORS_BIRTHDAY));
    }
    days.add(new Holiday(Equinoxes.vernal(year), VERNAL_EQUINOX_DAY, HolidayKind.NATIONAL));
    days.add(on(year, 4, 29, year >= 2007 ? SHOWA_DAY : GREENERY_DAY));
    days.add(on(year, 5, 3, CONSTITUTION_MEMORIAL_DAY));
    if (year >= 2007) {
      days.add(on(year, 5, 4, GREENERY_DAY));
    }
    days.add(on(year, 5, 5, CHILDRENS_DAY));
    days.add(year >= 2003 ? monday(year, 7, 3, MARINE_DAY) : on(year, 7, 20, MARINE_DAY));
    if (year >= 2016) {
      days.add(on(year, 8, 11, MOUNTAIN_DAY));
    }
    days.add(
        year >= 2003
            ? monday(year, 9, 3, RESPECT_FOR_THE_AGED_DAY)
            : on(year, 9, 15, RESPECT_FOR_THE_AGED_DAY));
    days.add(new Holiday(Equinoxes.autumnal(year), AUTUMNAL_EQUINOX_DAY, HolidayKind.NATIONAL));
    days.add(monday(year, 10, 2, year >= 2020 ? SPORTS_DAY : HEALTH_AND_SPORTS_DAY));
    days.add(on(year, 11, 3, CULTURE_DAY));
    days.add(on(year, 11, 23, LABOUR_THANKSGIVING_DAY));
    if (year <= 2018) {
      days.add(on(year, 12, 23, EMPERORS_BIRTHDAY));
    }
    return days;
  }

  private static Holiday on(int year, int month, int day, Bilingual name) {
    return new Holiday(LocalDate.of(year, month, day), name, HolidayKind.NATIONAL);
  }

  private static Holiday monday(int year, int month, int ordinal, Bilingual name) {
    LocalDate date =
        LocalDate.of(year, month, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
    return new Holiday(date, name, HolidayKind.NATIONAL);
  }
}
