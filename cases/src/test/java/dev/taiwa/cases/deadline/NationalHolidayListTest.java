package dev.taiwa.cases.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Cabinet Office's published national holiday lists, copied by hand, against the rules. */
class NationalHolidayListTest {
  private final JapaneseHolidays holidays = JapaneseHolidays.standard();

  static Stream<Arguments> publishedLists() {
    return Stream.of(
        Arguments.of(
            2019,
            List.of(
                "2019-01-01 元日 New Year's Day",
                "2019-01-14 成人の日 Coming of Age Day",
                "2019-02-11 建国記念の日 National Foundation Day",
                "2019-03-21 春分の日 Vernal Equinox Day",
                "2019-04-29 昭和の日 Showa Day",
                "2019-04-30 国民の休日 Citizens' Holiday",
                "2019-05-01 天皇の即位の日 Day of the Emperor's Enthronement",
                "2019-05-02 国民の休日 Citizens' Holiday",
                "2019-05-03 憲法記念日 Constitution Memorial Day",
                "2019-05-04 みどりの日 Greenery Day",
                "2019-05-05 こどもの日 Children's Day",
                "2019-05-06 振替休日 Substitute Holiday",
                "2019-07-15 海の日 Marine Day",
                "2019-08-11 山の日 Mountain Day",
                "2019-08-12 振替休日 Substitute Holiday",
                "2019-09-16 敬老の日 Respect for the Aged Day",
                "2019-09-23 秋分の日 Autumnal Equinox Day",
                "2019-10-14 体育の日 Health and Sports Day",
                "2019-10-22 即位礼正殿の儀の行われる日 Day of the Enthronement Ceremony",
                "2019-11-03 文化の日 Culture Day",
                "2019-11-04 振替休日 Substitute Holiday",
                "2019-11-23 勤労感謝の日 Labour Thanksgiving Day")),
        Arguments.of(
            2020,
            List.of(
                "2020-01-01 元日 New Year's Day",
                "2020-01-13 成人の日 Coming of Age Day",
                "2020-02-11 建国記念の日 National Foundation Day",
                "2020-02-23 天皇誕生日 The Emperor's Birthday",
                "2020-02-24 振替休日 Substitute Holiday",
                "2020-03-20 春分の日 Vernal Equinox Day",
                "2020-04-29 昭和の日 Showa Day",
                "2020-05-03 憲法記念日 Constitution Memorial Day",
                "2020-05-04 みどりの日 Greenery Day",
                "2020-05-05 こどもの日 Children's Day",
                "2020-05-06 振替休日 Substitute Holiday",
                "2020-07-23 海の日 Marine Day",
                "2020-07-24 スポーツの日 Sports Day",
                "2020-08-10 山の日 Mountain Day",
                "2020-09-21 敬老の日 Respect for the Aged Day",
                "2020-09-22 秋分の日 Autumnal Equinox Day",
                "2020-11-03 文化の日 Culture Day",
                "2020-11-23 勤労感謝の日 Labour Thanksgiving Day")),
        Arguments.of(
            2021,
            List.of(
                "2021-01-01 元日 New Year's Day",
                "2021-01-11 成人の日 Coming of Age Day",
                "2021-02-11 建国記念の日 National Foundation Day",
                "2021-02-23 天皇誕生日 The Emperor's Birthday",
                "2021-03-20 春分の日 Vernal Equinox Day",
                "2021-04-29 昭和の日 Showa Day",
                "2021-05-03 憲法記念日 Constitution Memorial Day",
                "2021-05-04 みどりの日 Greenery Day",
                "2021-05-05 こどもの日 Children's Day",
                "2021-07-22 海の日 Marine Day",
                "2021-07-23 スポーツの日 Sports Day",
                "2021-08-08 山の日 Mountain Day",
                "2021-08-09 振替休日 Substitute Holiday",
                "2021-09-20 敬老の日 Respect for the Aged Day",
                "2021-09-23 秋分の日 Autumnal Equinox Day",
                "2021-11-03 文化の日 Culture Day",
                "2021-11-23 勤労感謝の日 Labour Thanksgiving Day")),
        Arguments.of(
            2024,
            List.of(
                "2024-01-01 元日 New Year's Day",
                "2024-01-08 成人の日 Coming of Age Day",
                "2024-02-11 建国記念の日 National Foundation Day",
                "2024-02-12 振替休日 Substitute Holiday",
                "2024-02-23 天皇誕生日 The Emperor's Birthday",
                "2024-03-20 春分の日 Vernal Equinox Day",
                "2024-04-29 昭和の日 Showa Day",
                "2024-05-03 憲法記念日 Constitution Memorial Day",
                "2024-05-04 みどりの日 Greenery Day",
                "2024-05-05 こどもの日 Children's Day",
                "2024-05-06 振替休日 Substitute Holiday",
                "2024-07-15 海の日 Marine Day",
                "2024-08-11 山の日 Mountain Day",
                "2024-08-12 振替休日 Substitute Holiday",
                "2024-09-16 敬老の日 Respect for the Aged Day",
                "2024-09-22 秋分の日 Autumnal Equinox Day",
                "2024-09-23 振替休日 Substitute Holiday",
                "2024-10-14 スポーツの日 Sports Day",
                "2024-11-03 文化の日 Culture Day",
                "2024-11-04 振替休日 Substitute Holiday",
                "2024-11-23 勤労感謝の日 Labour Thanksgiving Day")),
        Arguments.of(
            2025,
            List.of(
                "2025-01-01 元日 New Year's Day",
                "2025-01-13 成人の日 Coming of Age Day",
                "2025-02-11 建国記念の日 National Foundation Day",
                "2025-02-23 天皇誕生日 The Emperor's Birthday",
                "2025-02-24 振替休日 Substitute Holiday",
                "2025-03-20 春分の日 Vernal Equinox Day",
                "2025-04-29 昭和の日 Showa Day",
                "2025-05-03 憲法記念日 Constitution Memorial Day",
                "2025-05-04 みどりの日 Greenery Day",
                "2025-05-05 こどもの日 Children's Day",
                "2025-05-06 振替休日 Substitute Holiday",
                "2025-07-21 海の日 Marine Day",
                "2025-08-11 山の日 Mountain Day",
                "2025-09-15 敬老の日 Respect for the Aged Day",
                "2025-09-23 秋分の日 Autumnal Equinox Day",
                "2025-10-13 スポーツの日 Sports Day",
                "2025-11-03 文化の日 Culture Day",
                "2025-11-23 勤労感謝の日 Labour Thanksgiving Day",
                "2025-11-24 振替休日 Substitute Holiday")),
        Arguments.of(
            2026,
            List.of(
                "2026-01-01 元日 New Year's Day",
                "2026-01-12 成人の日 Coming of Age Day",
                "2026-02-11 建国記念の日 National Foundation Day",
                "2026-02-23 天皇誕生日 The Emperor's Birthday",
                "2026-03-20 春分の日 Vernal Equinox Day",
                "2026-04-29 昭和の日 Showa Day",
                "2026-05-03 憲法記念日 Constitution Memorial Day",
                "2026-05-04 みどりの日 Greenery Day",
                "2026-05-05 こどもの日 Children's Day",
                "2026-05-06 振替休日 Substitute Holiday",
                "2026-07-20 海の日 Marine Day",
                "2026-08-11 山の日 Mountain Day",
                "2026-09-21 敬老の日 Respect for the Aged Day",
                "2026-09-22 国民の休日 Citizens' Holiday",
                "2026-09-23 秋分の日 Autumnal Equinox Day",
                "2026-10-12 スポーツの日 Sports Day",
                "2026-11-03 文化の日 Culture Day",
                "2026-11-23 勤労感謝の日 Labour Thanksgiving Day")),
        Arguments.of(
            2027,
            List.of(
                "2027-01-01 元日 New Year's Day",
                "2027-01-11 成人の日 Coming of Age Day",
                "2027-02-11 建国記念の日 National Foundation Day",
                "2027-02-23 天皇誕生日 The Emperor's Birthday",
                "2027-03-21 春分の日 Vernal Equinox Day",
                "2027-03-22 振替休日 Substitute Holiday",
                "2027-04-29 昭和の日 Showa Day",
                "2027-05-03 憲法記念日 Constitution Memorial Day",
                "2027-05-04 みどりの日 Greenery Day",
                "2027-05-05 こどもの日 Children's Day",
                "2027-07-19 海の日 Marine Day",
                "2027-08-11 山の日 Mountain Day",
                "2027-09-20 敬老の日 Respect for the Aged Day",
                "2027-09-23 秋分の日 Autumnal Equinox Day",
                "2027-10-11 スポーツの日 Sports Day",
                "2027-11-03 文化の日 Culture Day",
                "2027-11-23 勤労感謝の日 Labour Thanksgiving Day")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedLists")
  void theComputedHolidaysOfAYearAreThePublishedList(int year, List<String> published) {
    List<String> computed =
        holidays.holidaysIn(year).stream()
            .map(h -> h.date() + " " + h.name().ja() + " " + h.name().en())
            .toList();

    assertEquals(published, computed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedLists")
  void everyPublishedHolidayIsAHolidayButTheSecondOfJanuaryIsNot(int year, List<String> published) {
    for (String line : published) {
      LocalDate date = LocalDate.parse(line.substring(0, 10));
      assertEquals(true, holidays.isHoliday(date), line);
    }
    assertEquals(false, holidays.isHoliday(LocalDate.of(year, 1, 2)));
  }
}
