package dev.taiwa.cases.prereport.model;

/**
 * Where a pre-report stands; the README's state table is generated from {@link
 * PreReportTransitions}.
 */
public enum PreReportState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  IN_DIALOGUE,
  CLOSED_NO_CONCERN,
  CLOSED_MEASURES_AGREED,
  INFORM_ISSUED,
  LICENCE_APPLIED,
  LICENCE_GRANTED,
  LICENCE_GRANTED_WITH_CONDITIONS,
  LICENCE_REFUSED,
  WITHDRAWN,
  NOT_REPORTABLE;

  /** True while the case can still move; false for every outcome state. */
  public boolean isOpen() {
    return switch (this) {
      case DRAFT, SUBMITTED, UNDER_REVIEW, IN_DIALOGUE, INFORM_ISSUED, LICENCE_APPLIED -> true;
      default -> false;
    };
  }
}
