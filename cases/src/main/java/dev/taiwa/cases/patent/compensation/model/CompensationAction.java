package dev.taiwa.cases.patent.compensation.model;

/** What happens to a compensation claim once made. */
public enum CompensationAction {
  /** A security reviewer adds an assessment note (internal). */
  ADD_ASSESSMENT_NOTE,
  /** A security reviewer decides the amount. */
  DECIDE
}
