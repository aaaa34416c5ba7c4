package dev.taiwa.cases.dialogue.model;

/** Who may read a note of the dialogue: the company too, or officials only. */
public enum Visibility {
  COMPANY_VISIBLE,
  INTERNAL
}
