package dev.taiwa.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeCalendarTest {
  private final AdministrativeCalendar calendar = AdministrativeCalendar.standard();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-04-15 | working",
        "2026-04-18 | Saturday",
        "2026-04-19 | Sunday",
        "2026-05-06 | Substitute Holiday",
        "2026-09-22 | Citizens' Holiday",
        "2026-12-28 | working",
        "2026-12-29 | year-end and New Year closure, 29 December – 3 January",
        "2026-12-31 | year-end and New Year closure, 29 December – 3 January",
        "2027-01-01 | New Year's Day",
        "2027-01-03 | year-end and New Year closure, 29 December – 3 January",
        "2027-01-04 | working"
      })
  void officesCloseOnWeekendsNationalHolidaysAndAtTheYearEnd(LocalDate date, String expected) {
    assertEquals(expected, calendar.closure(date).map(Bilingual::en).orElse("working"));
    assertEquals(expected.equals("working"), calendar.isWorkingDay(date));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2026-04-15, 2026-04-15",
    "2026-05-02, 2026-05-07",
    "2026-09-19, 2026-09-24",
    "2026-12-30, 2027-01-04",
    "2027-12-29, 2028-01-04"
  })
  void theNextWorkingDayOnOrAfterADate(LocalDate date, LocalDate expected) {
    assertEquals(expected, calendar.nextWorkingDay(date));
  }

  @ParameterizedTest(name = "{0} + {1} working days -> {2}")
  @CsvSource({
    "2026-04-15, 0, 2026-04-15",
    "2026-04-15, 1, 2026-04-16",
    "2026-04-17, 1, 2026-04-20",
    "2026-04-28, 5, 2026-05-11",
    "2026-12-25, 2, 2027-01-04"
  })
  void addingWorkingDaysSkipsEveryClosedDay(LocalDate from, int days, LocalDate expected) {
    assertEquals(expected, calendar.addWorkingDays(from, days));
  }

  @Test
  void extraClosuresAndDaysDeclaredOpenAreConfigurable() {
    LocalDate typhoon = LocalDate.of(2026, 10, 7);
    LocalDate saturdayOpen = LocalDate.of(2026, 10, 10);
    AdministrativeCalendar configured =
        new AdministrativeCalendar(
            JapaneseHolidays.standard(),
            Map.of(typhoon, new Bilingual("office closed by typhoon", "台風による閉庁")),
            Set.of(saturdayOpen));

    assertFalse(configured.isWorkingDay(typhoon));
    assertEquals(Optional.of("台風による閉庁"), configured.closure(typhoon).map(Bilingual::ja));
    assertTrue(configured.isWorkingDay(saturdayOpen));
    assertEquals(saturdayOpen, configured.nextWorkingDay(typhoon.plusDays(3)));
  }

  @Test
  void countsTheWorkingDaysOfARange() {
    assertEquals(
        6, calendar.workingDaysBetween(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 8)));
  }
}
