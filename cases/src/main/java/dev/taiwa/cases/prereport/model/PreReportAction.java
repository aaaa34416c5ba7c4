package dev.taiwa.cases.prereport.model;

/** Everything that can be done to a pre-report; which role may do what, when, is in the table. */
public enum PreReportAction {
  UPDATE_DRAFT,
  SUBMIT,
  START_REVIEW,
  MARK_NOT_REPORTABLE,
  START_DIALOGUE,
  CLOSE_NO_CONCERN,
  CLOSE_MEASURES_AGREED,
  ISSUE_INFORM,
  APPLY_FOR_LICENCE,
  GRANT_LICENCE,
  GRANT_LICENCE_WITH_CONDITIONS,
  REFUSE_LICENCE,
  WITHDRAW
}
