package dev.taiwa.cases.deadline;

/** Where a deadline stands on a given day. */
public enum DeadlineStatus {
  /** Not due within the due-soon window. */
  OPEN,
  /** Due today or within the configured number of working days. */
  DUE_SOON,
  /** The due date has passed and the deadline was not met. */
  OVERDUE,
  /** Met (on the recorded date), whether in time or not. */
  MET
}
