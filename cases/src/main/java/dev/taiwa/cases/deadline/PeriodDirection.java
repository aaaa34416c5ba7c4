package dev.taiwa.cases.deadline;

/** Whether a period runs forward from its start event or back from it (e.g. "30 days before"). */
public enum PeriodDirection {
  AFTER,
  BEFORE
}
