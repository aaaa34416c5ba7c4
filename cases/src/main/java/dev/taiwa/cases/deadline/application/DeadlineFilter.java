package dev.taiwa.cases.deadline.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which open deadlines to list: due before a day (exclusive), and / or only those already overdue.
 */
public record DeadlineFilter(Optional<LocalDate> dueBefore, boolean overdueOnly) {
  public DeadlineFilter {
    Objects.requireNonNull(dueBefore, "dueBefore");
  }

  public static DeadlineFilter any() {
    return new DeadlineFilter(Optional.empty(), false);
  }
}
