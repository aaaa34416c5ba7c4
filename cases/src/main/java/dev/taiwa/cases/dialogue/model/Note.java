package dev.taiwa.cases.dialogue.model;

import java.util.Objects;

/** One agenda item or minute of a meeting, with who may read it. */
public record Note(String text, Visibility visibility) {
  public Note {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visibility, "visibility");
  }

  public boolean companyVisible() {
    return visibility == Visibility.COMPANY_VISIBLE;
  }
}
