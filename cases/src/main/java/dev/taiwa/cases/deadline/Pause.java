package dev.taiwa.cases.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stopped clock: the days {@code from} to {@code through} (both included) during which the period
 * does not run, e.g. while the company owes an answer to a query. A pause still open is given up to
 * today and flagged, so the deadline moves on by a day for each further day.
 */
public record Pause(LocalDate from, LocalDate through, String reason, boolean stillOpen) {
  public Pause {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(through, "through");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a pause needs a reason");
    }
    if (through.isBefore(from)) {
      throw new IllegalArgumentException("a pause cannot end before it starts");
    }
  }

  /** A pause that has ended. */
  public static Pause closed(LocalDate from, LocalDate through, String reason) {
    return new Pause(from, through, reason, false);
  }

  /** A pause still running on {@code today}. */
  public static Pause stillOpen(LocalDate from, LocalDate today, String reason) {
    return new Pause(from, today, reason, true);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(through);
  }
}
