package dev.taiwa.cases.deadline.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** Where a page of deadlines ends: deadlines are listed by due date, then by id (as text). */
public record DeadlinePosition(LocalDate due, UUID id) {
  static final Comparator<DeadlinePosition> ORDER =
      Comparator.comparing(DeadlinePosition::due).thenComparing(p -> p.id().toString());

  public DeadlinePosition {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(id, "id");
  }
}
