package dev.taiwa.cases.deadline.application;

import java.time.LocalDate;

/**
 * What one run of the deadline sweep did on {@code day}: open deadlines checked, reminders given by
 * kind, due dates moved on by a stopped clock, notifications published, and deadlines left to
 * another instance that changed them at the same time.
 */
public record SweepReport(
    LocalDate day,
    int checked,
    int fiveWorkingDays,
    int oneWorkingDay,
    int overdue,
    int dueDatesMoved,
    int notifications,
    int leftToAnotherRun) {

  public int reminders() {
    return fiveWorkingDays + oneWorkingDay + overdue;
  }

  /** One line for the audit log and the server log. */
  public String summary() {
    return "Deadline sweep of "
        + day
        + ": "
        + checked
        + " open deadlines checked, reminders: "
        + fiveWorkingDays
        + " in 5 working days, "
        + oneWorkingDay
        + " in 1 working day, "
        + overdue
        + " overdue; "
        + dueDatesMoved
        + " due dates moved; "
        + notifications
        + " notifications; "
        + leftToAnotherRun
        + " changed concurrently";
  }
}
