package dev.taiwa.cases.patent.compensation.model;

/** Where a compensation claim (損失補償の請求, ESPA Art. 80) stands. */
public enum CompensationState {
  /** Claimed by the applicant; under assessment by the Cabinet Office. */
  CLAIMED,
  /** Decided, with the amount granted (possibly 0) and the reason. */
  DECIDED
}
