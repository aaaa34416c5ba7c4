package dev.taiwa.cases.patent.confirmation.model;

/** Where a prior-confirmation request (事前確認, ESPA Arts. 78–79) stands. */
public enum PriorConfirmationState {
  /** Asked by the company; waiting for the examiner. */
  REQUESTED,
  /** Sent by the examiner to the Cabinet Office for consultation (a specified field matches). */
  IN_CONSULTATION,
  /** The Cabinet Office's answer to the consultation is recorded; waiting for the examiner. */
  CONSULTED,
  /** The examiner answered: the foreign-filing ban applies or does not. */
  ANSWERED
}
