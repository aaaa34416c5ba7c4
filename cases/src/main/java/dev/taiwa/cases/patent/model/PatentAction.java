package dev.taiwa.cases.patent.model;

/** Everything that can be done to a patent application; who may do what, when, is the table's. */
public enum PatentAction {
  SEND_TO_REVIEW,
  DECIDE_NOT_SENT,
  REQUEST_SECURITY_REVIEW,
  START_SECURITY_REVIEW,
  DESIGNATE,
  DECIDE_NOT_DESIGNATED,
  EXTEND_DESIGNATION,
  LIFT_DESIGNATION,
  EXPIRE_DESIGNATION,
  WITHDRAW,
  DISMISS,
  ISSUE_PRIOR_NOTICE,
  MAINTAIN_APPLICATION
}
