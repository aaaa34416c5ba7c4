package dev.taiwa.cases.screening.model;

/** An official's verdict on a hit. */
public enum Verdict {
  /** The counterparty is the listed entry. */
  TRUE_MATCH,
  /** The names are alike but the counterparty is not the listed entry. */
  FALSE_POSITIVE
}
