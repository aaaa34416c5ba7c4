package dev.taiwa.cases.patent.confirmation.model;

/** What can happen to a prior-confirmation request once it is asked. */
public enum PriorConfirmationAction {
  /** The examiner consults the Cabinet Office (Art. 79(2)). */
  SEND_FOR_CONSULTATION,
  /** A security reviewer records the Cabinet Office's answer (internal). */
  RECORD_CONSULTATION,
  /** The examiner answers: BAN_APPLIES or BAN_DOES_NOT_APPLY, with a reason. */
  ANSWER
}
