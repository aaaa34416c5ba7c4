package dev.taiwa.cases.screening.model;

/** Which of the counterparty's names matched. */
public enum SubjectField {
  /** The name in its original script (counterparty.nameOriginal). */
  NAME_ORIGINAL,
  /** The romanised name (counterparty.nameRomanised). */
  NAME_ROMANISED
}
