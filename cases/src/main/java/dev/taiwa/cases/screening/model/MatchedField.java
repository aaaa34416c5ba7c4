package dev.taiwa.cases.screening.model;

/** Which name of a list entry matched. */
public enum MatchedField {
  NAME,
  ALIAS
}
