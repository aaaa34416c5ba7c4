package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.LocalDate;
import java.util.Objects;

/** One holiday of the national calendar: its date, its Japanese and English name, and its kind. */
public record Holiday(LocalDate date, Bilingual name, HolidayKind kind) {
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  static final Bilingual SUBSTITUTE_NAME = new Bilingual("Substitute Holiday", "振替休日");
  static final Bilingual CITIZENS_NAME = new Bilingual("Citizens' Holiday", "国民の休日");
}
