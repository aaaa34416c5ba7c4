package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.HolidayOverride.added;
import static dev.taiwa.cases.deadline.HolidayOverride.removed;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.LocalDate;
import java.util.List;

/**
 * The one-off holiday changes known so far. In 2019, 30 April and 2 May follow from the
 * citizens'-holiday rule once 1 May is a holiday (the 2018 act treats its days as national holidays
 * for that rule), so they are not listed here but computed.
 */
public final class KnownHolidayOverrides {
  private static final String ENTHRONEMENT_ACT =
      "Act on the Holidays for the Enthronement (Act No. 99 of 2018; 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律)";
  private static final String OLYMPICS_2020 =
      "Tokyo 2020 Special Measures Act Art. 32, as amended by Act No. 55 of 2018";
  private static final String OLYMPICS_2021 =
      "Tokyo 2020 Special Measures Act Art. 32, as amended by Act No. 68 of 2020";

  private KnownHolidayOverrides() {}

  public static List<HolidayOverride> all() {
    return List.of(
        added(
            LocalDate.of(2019, 5, 1),
            new Bilingual("Day of the Emperor's Enthronement", "天皇の即位の日"),
            ENTHRONEMENT_ACT),
        added(
            LocalDate.of(2019, 10, 22),
            new Bilingual("Day of the Enthronement Ceremony", "即位礼正殿の儀の行われる日"),
            ENTHRONEMENT_ACT),
        removed(LocalDate.of(2020, 7, 20), OLYMPICS_2020),
        added(LocalDate.of(2020, 7, 23), NationalHolidayNames.MARINE_DAY, OLYMPICS_2020),
        removed(LocalDate.of(2020, 10, 12), OLYMPICS_2020),
        added(LocalDate.of(2020, 7, 24), NationalHolidayNames.SPORTS_DAY, OLYMPICS_2020),
        removed(LocalDate.of(2020, 8, 11), OLYMPICS_2020),
        added(LocalDate.of(2020, 8, 10), NationalHolidayNames.MOUNTAIN_DAY, OLYMPICS_2020),
        removed(LocalDate.of(2021, 7, 19), OLYMPICS_2021),
        added(LocalDate.of(2021, 7, 22), NationalHolidayNames.MARINE_DAY, OLYMPICS_2021),
        removed(LocalDate.of(2021, 10, 11), OLYMPICS_2021),
        added(LocalDate.of(2021, 7, 23), NationalHolidayNames.SPORTS_DAY, OLYMPICS_2021),
        removed(LocalDate.of(2021, 8, 11), OLYMPICS_2021),
        added(LocalDate.of(2021, 8, 8), NationalHolidayNames.MOUNTAIN_DAY, OLYMPICS_2021));
  }
}
