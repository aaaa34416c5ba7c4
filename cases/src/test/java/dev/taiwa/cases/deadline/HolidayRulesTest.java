package dev.taiwa.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTest {
  private final JapaneseHolidays holidays = JapaneseHolidays.standard();

  private String holidayOn(String date) {
    return holidays
        .holidayOn(LocalDate.parse(date))
        .map(h -> h.name().en() + " (" + h.kind() + ")")
        .orElse("none");
  }

  @ParameterizedTest(name = "{0}: vernal {1}, autumnal {2}")
  @CsvSource({
    "2000, 2000-03-20, 2000-09-23",
    "2012, 2012-03-20, 2012-09-22",
    "2016, 2016-03-20, 2016-09-22",
    "2023, 2023-03-21, 2023-09-23",
    "2027, 2027-03-21, 2027-09-23",
    "2044, 2044-03-20, 2044-09-22",
  })
  void equinoxDaysFollowTheStandardApproximation(int year, LocalDate vernal, LocalDate autumnal) {
    assertEquals(vernal, Equinoxes.vernal(year));
    assertEquals(autumnal, Equinoxes.autumnal(year));
    assertEquals("Vernal Equinox Day (NATIONAL)", holidayOn(vernal.toString()));
    assertEquals("Autumnal Equinox Day (NATIONAL)", holidayOn(autumnal.toString()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2008-05-06 | Substitute Holiday (SUBSTITUTE)", // 4 May on Sunday, 5 May taken: moves on to
        // 6 May
        "2006-01-02 | Substitute Holiday (SUBSTITUTE)", // before 2007: the Monday
        "2018-12-24 | Substitute Holiday (SUBSTITUTE)", // the Emperor's Birthday on Sunday
        "2009-09-22 | Citizens' Holiday (CITIZENS)",
        "2015-09-22 | Citizens' Holiday (CITIZENS)",
        "2005-05-04 | Citizens' Holiday (CITIZENS)", // between 3 and 5 May before Greenery Day
        // moved
        "2006-04-29 | Greenery Day (NATIONAL)",
        "2007-04-29 | Showa Day (NATIONAL)",
        "2002-07-20 | Marine Day (NATIONAL)",
        "2002-09-15 | Respect for the Aged Day (NATIONAL)",
        "2003-07-21 | Marine Day (NATIONAL)",
        "2015-08-11 | none", // Mountain Day from 2016
        "2016-08-11 | Mountain Day (NATIONAL)",
        "2019-10-14 | Health and Sports Day (NATIONAL)",
        "2018-12-23 | The Emperor's Birthday (NATIONAL)",
        "2019-12-23 | none",
        "2019-02-23 | none",
        "2020-02-23 | The Emperor's Birthday (NATIONAL)",
        "2026-09-20 | none"
      })
  void theRulesChangeOverTime(String date, String expected) {
    assertEquals(expected, holidayOn(date));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-04-29 | Showa Day (NATIONAL)",
        "2019-04-30 | Citizens' Holiday (CITIZENS)",
        "2019-05-01 | Day of the Emperor's Enthronement (NATIONAL)",
        "2019-05-02 | Citizens' Holiday (CITIZENS)",
        "2019-05-06 | Substitute Holiday (SUBSTITUTE)",
        "2019-10-22 | Day of the Enthronement Ceremony (NATIONAL)",
        "2020-07-20 | none",
        "2020-07-23 | Marine Day (NATIONAL)",
        "2020-07-24 | Sports Day (NATIONAL)",
        "2020-08-10 | Mountain Day (NATIONAL)",
        "2020-08-11 | none",
        "2020-10-12 | none",
        "2021-07-19 | none",
        "2021-07-22 | Marine Day (NATIONAL)",
        "2021-07-23 | Sports Day (NATIONAL)",
        "2021-08-08 | Mountain Day (NATIONAL)",
        "2021-08-09 | Substitute Holiday (SUBSTITUTE)",
        "2021-08-11 | none",
        "2021-10-11 | none"
      })
  void theOneOffChangesOf2019To2021AreApplied(String date, String expected) {
    assertEquals(expected, holidayOn(date));
  }

  @Test
  void withoutTheOverridesTheUsualDaysStand() {
    JapaneseHolidays rulesOnly = new JapaneseHolidays(List.of());

    assertEquals(
        Optional.of("Marine Day"),
        rulesOnly.holidayOn(LocalDate.of(2020, 7, 20)).map(h -> h.name().en()));
    assertFalse(rulesOnly.isHoliday(LocalDate.of(2019, 5, 1)));
    assertFalse(rulesOnly.isHoliday(LocalDate.of(2019, 4, 30)));
  }

  @Test
  void everyOverrideNamesItsLegalReference() {
    for (HolidayOverride change : KnownHolidayOverrides.all()) {
      assertFalse(change.legalReference().isBlank(), change.toString());
    }
  }

  @Test
  void aNewOneOffHolidayIsAddedByOverride() {
    JapaneseHolidays withExtra =
        new JapaneseHolidays(
            List.of(
                HolidayOverride.added(
                    LocalDate.of(2030, 6, 3),
                    new Bilingual("Special Holiday", "特別の休日"),
                    "a special act")));

    assertEquals(
        Optional.of("特別の休日"),
        withExtra.holidayOn(LocalDate.of(2030, 6, 3)).map(h -> h.name().ja()));
  }

  @Test
  void yearsOutsideTheSupportedRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> holidays.holidaysIn(1999));
    assertThrows(IllegalArgumentException.class, () -> holidays.holidaysIn(2100));
  }
}
