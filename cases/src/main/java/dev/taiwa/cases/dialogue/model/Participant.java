package dev.taiwa.cases.dialogue.model;

import java.util.Objects;

/** A company attendee of a meeting, by name and role (e.g. 輸出管理部長). */
public record Participant(String name, String role) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
