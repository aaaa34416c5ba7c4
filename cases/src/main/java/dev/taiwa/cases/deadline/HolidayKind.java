package dev.taiwa.cases.deadline;

/** Why a day is a holiday under the National Holidays Act (国民の祝日に関する法律). */
public enum HolidayKind {
  /** A national holiday named in Art. 2 (国民の祝日), or a one-off day treated as one. */
  NATIONAL,
  /** Art. 3(2): the day a national holiday falling on a Sunday moves to (振替休日). */
  SUBSTITUTE,
  /** Art. 3(3): a day sandwiched between two national holidays (国民の休日). */
  CITIZENS
}
