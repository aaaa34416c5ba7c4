package dev.taiwa.cases.deadline.tracking;

/**
 * The reminders a deadline gives, each at most once: 5 working days ahead, 1 working day ahead, and
 * once overdue. A deadline remembers which it has given.
 */
public enum DeadlineReminder {
  FIVE_WORKING_DAYS(5),
  ONE_WORKING_DAY(1),
  OVERDUE(-1);

  private final int workingDaysAhead;

  DeadlineReminder(int workingDaysAhead) {
    this.workingDaysAhead = workingDaysAhead;
  }

  /** Working days before the due date at which this reminder is due; -1 for OVERDUE. */
  public int workingDaysAhead() {
    return workingDaysAhead;
  }
}
