package dev.taiwa.cases.dialogue.model;

import java.time.LocalDate;
import java.util.Objects;

/** An action agreed at a meeting: who does it, what, by when, and who may read it. */
public record FollowUp(Side owner, String description, LocalDate dueDate, Visibility visibility) {
  public FollowUp {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(dueDate, "due date");
    Objects.requireNonNull(visibility, "visibility");
  }

  public boolean companyVisible() {
    return visibility == Visibility.COMPANY_VISIBLE;
  }
}
