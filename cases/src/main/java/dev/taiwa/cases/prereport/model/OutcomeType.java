package dev.taiwa.cases.prereport.model;

/** How a pre-report ended: one type per terminal state of the case. */
public enum OutcomeType {
  CLOSED_NO_CONCERN,
  CLOSED_MEASURES_AGREED,
  NOT_REPORTABLE,
  LICENCE_GRANTED,
  LICENCE_GRANTED_WITH_CONDITIONS,
  LICENCE_REFUSED,
  WITHDRAWN;

  /** The outcome of a case that reached {@code state}; throws for an open state. */
  public static OutcomeType of(PreReportState state) {
    if (state.isOpen()) {
      throw new IllegalArgumentException(state + " is no outcome");
    }
    return valueOf(state.name());
  }
}
