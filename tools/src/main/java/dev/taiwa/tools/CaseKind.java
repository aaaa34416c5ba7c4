package dev.taiwa.tools;

/** The kinds of case the import and export commands move: {@code prereports} or {@code patents}. */
public enum CaseKind {
  PREREPORTS,
  PATENTS
}
