package dev.taiwa.cases.deadline;

import dev.taiwa.cases.kernel.Bilingual;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off change to the national holidays made by a special act: a date ADDED as a national
 * holiday (with its name) or a usual date REMOVED. Added days count as national holidays for
 * substitute and citizens' holidays, as the special acts provide.
 */
public record HolidayOverride(
    LocalDate date, Change change, Bilingual name, String legalReference) {

  /** Whether the date becomes a holiday or stops being one. */
  public enum Change {
    ADDED,
    REMOVED
  }

  public HolidayOverride {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(legalReference, "legal reference");
    if (change == Change.ADDED) {
      Objects.requireNonNull(name, "name of an added holiday");
    }
  }

  public static HolidayOverride added(LocalDate date, Bilingual name, String legalReference) {
    return new HolidayOverride(date, Change.ADDED, name, legalReference);
  }

  public static HolidayOverride removed(LocalDate date, String legalReference) {
    return new HolidayOverride(date, Change.REMOVED, null, legalReference);
  }
}
