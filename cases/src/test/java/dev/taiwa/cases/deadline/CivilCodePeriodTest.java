package dev.taiwa.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CivilCodePeriodTest {
  private static final Bilingual EVENT = new Bilingual("filing", "出願");
  private final AdministrativeCalendar calendar = AdministrativeCalendar.standard();

  private LocalDate lastDay(LocalDate date, boolean atMidnight, long amount, PeriodUnit unit) {
    PeriodStart start =
        atMidnight ? PeriodStart.atMidnight(date, EVENT) : PeriodStart.during(date, EVENT);
    return CivilCodePeriod.lastDay(start, amount, unit, PeriodDirection.AFTER, calendar);
  }

  @ParameterizedTest(name = "{1} {2} from {0} (during the day) ends {3}")
  @CsvSource({
    // domain.md: 3 months from 15 January ends on 15 April
    "2026-01-15, 3, MONTHS, 2026-04-15",
    // domain.md: 30 November + 3 months ends on the last day of February
    "2026-11-30, 3, MONTHS, 2027-02-28",
    "2027-11-30, 3, MONTHS, 2028-02-29",
    // month ends: no corresponding day in February
    "2026-01-31, 1, MONTHS, 2026-02-28",
    "2028-01-31, 1, MONTHS, 2028-02-29",
    "2026-01-30, 1, MONTHS, 2026-02-28",
    "2026-03-30, 1, MONTHS, 2026-04-30",
    "2026-12-15, 3, MONTHS, 2027-03-15",
    "2026-01-15, 10, MONTHS, 2026-11-15",
    "2026-01-15, 12, MONTHS, 2027-01-15",
    "2026-01-15, 3, YEARS, 2029-01-15",
    "2028-02-29, 1, YEARS, 2029-02-28",
    "2027-02-28, 1, YEARS, 2028-02-29", // reckoned from 1 March: ends the day before 1 March 2028
    "2026-03-02, 14, DAYS, 2026-03-16",
    "2026-12-31, 1, DAYS, 2027-01-01",
    "2026-04-28, 5, WORKING_DAYS, 2026-05-11",
    "2026-06-01, 10, WORKING_DAYS, 2026-06-15"
  })
  void theFirstDayIsNotCountedWhenThePeriodStartsDuringADay(
      LocalDate start, long amount, PeriodUnit unit, LocalDate expected) {
    assertEquals(expected, lastDay(start, false, amount, unit));
  }

  @ParameterizedTest(name = "{1} {2} from 0:00 on {0} ends {3}")
  @CsvSource({
    "2026-01-15, 3, MONTHS, 2026-04-14",
    "2026-01-31, 1, MONTHS, 2026-02-28",
    "2026-02-01, 1, MONTHS, 2026-02-28",
    "2026-03-02, 14, DAYS, 2026-03-15",
    "2026-04-28, 5, WORKING_DAYS, 2026-05-08"
  })
  void theFirstDayCountsWhenThePeriodStartsAtMidnight(
      LocalDate start, long amount, PeriodUnit unit, LocalDate expected) {
    assertEquals(expected, lastDay(start, true, amount, unit));
  }

  @Test
  void aPeriodBeforeAnEventCountsBackFromIt() {
    assertEquals(
        LocalDate.of(2026, 11, 10),
        CivilCodePeriod.lastDay(
            PeriodStart.during(LocalDate.of(2026, 12, 10), EVENT),
            30,
            PeriodUnit.DAYS,
            PeriodDirection.BEFORE,
            calendar));
  }

  @Test
  void anInstantAtMidnightInJapanCountsItsFirstDayAndAnyOtherInstantDoesNot() {
    PeriodStart midnight = PeriodStart.at(Instant.parse("2026-01-14T15:00:00Z"), EVENT);
    PeriodStart morning = PeriodStart.at(Instant.parse("2026-01-15T00:30:00Z"), EVENT);

    assertEquals(LocalDate.of(2026, 1, 15), midnight.date());
    assertTrue(midnight.firstDayCounted());
    assertEquals(LocalDate.of(2026, 1, 15), morning.date());
    assertFalse(morning.firstDayCounted());
  }

  @Test
  void aPeriodOfNothingIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> lastDay(LocalDate.of(2026, 1, 15), false, 0, PeriodUnit.DAYS));
  }
}
