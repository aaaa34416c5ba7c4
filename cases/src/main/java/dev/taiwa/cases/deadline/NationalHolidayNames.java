package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;

/** The names of the national holidays of Art. 2 of the National Holidays Act. */
final class NationalHolidayNames {
  static final Bilingual NEW_YEARS_DAY = new Bilingual("New Year's Day", "元日");
  static final Bilingual COMING_OF_AGE_DAY = new Bilingual("Coming of Age Day", "成人の日");
  static final Bilingual NATIONAL_FOUNDATION_DAY =
      new Bilingual("National Foundation Day", "建国記念の日");
  static final Bilingual EMPERORS_BIRTHDAY = new Bilingual("The Emperor's Birthday", "天皇誕生日");
  static final Bilingual VERNAL_EQUINOX_DAY = new Bilingual("Vernal Equinox Day", "春分の日");
  static final Bilingual SHOWA_DAY = new Bilingual("Showa Day", "昭和の日");
  static final Bilingual GREENERY_DAY = new Bilingual("Greenery Day", "みどりの日");
  static final Bilingual CONSTITUTION_MEMORIAL_DAY =
      new Bilingual("Constitution Memorial Day", "憲法記念日");
  static final Bilingual CHILDRENS_DAY = new Bilingual("Children's Day", "こどもの日");
  static final Bilingual MARINE_DAY = new Bilingual("Marine Day", "海の日");
  static final Bilingual MOUNTAIN_DAY = new Bilingual("Mountain Day", "山の日");
  static final Bilingual RESPECT_FOR_THE_AGED_DAY =
      new Bilingual("Respect for the Aged Day", "敬老の日");
  static final Bilingual AUTUMNAL_EQUINOX_DAY = new Bilingual("Autumnal Equinox Day", "秋分の日");
  static final Bilingual HEALTH_AND_SPORTS_DAY = new Bilingual("Health and Sports Day", "体育の日");
  static final Bilingual SPORTS_DAY = new Bilingual("Sports Day", "スポーツの日");
  static final Bilingual CULTURE_DAY = new Bilingual("Culture Day", "文化の日");
  static final Bilingual LABOUR_THANKSGIVING_DAY =
      new Bilingual("Labour Thanksgiving Day", "勤労感謝の日");

  private NationalHolidayNames() {}
}
