package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import dev.taiwa.cases.notification.NotificationKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which reminder an open deadline gives today, if any: OVERDUE once the due date has passed; one
 * working day ahead once the next working day reaches the due date; five working days ahead once
 * the fifth working day does. Each at most once, the most urgent first: a deadline that has given
 * the one-day reminder never gives the five-day one afterwards. The reminders ahead come before the
 * due date, never on it: on the due date no working day is left to announce.
 */
public final class ReminderPolicy {
  private final AdministrativeCalendar calendar;

  public ReminderPolicy(AdministrativeCalendar calendar) {
    this.calendar = calendar;
  }

  public Optional<DeadlineReminder> next(
      LocalDate due, LocalDate today, Set<DeadlineReminder> sent) {
    if (today.isAfter(due)) {
      return absent(DeadlineReminder.OVERDUE, sent);
    }
    if (!today.isBefore(due)) {
      return Optional.empty();
    }
    if (withinWorkingDays(due, today, DeadlineReminder.ONE_WORKING_DAY)) {
      return absent(DeadlineReminder.ONE_WORKING_DAY, sent);
    }
    if (withinWorkingDays(due, today, DeadlineReminder.FIVE_WORKING_DAYS)
        && !sent.contains(DeadlineReminder.ONE_WORKING_DAY)) {
      return absent(DeadlineReminder.FIVE_WORKING_DAYS, sent);
    }
    return Optional.empty();
  }

  /** The notification a reminder publishes. */
  public static NotificationKind kindOf(DeadlineReminder reminder) {
    return switch (reminder) {
      case FIVE_WORKING_DAYS -> NotificationKind.DEADLINE_IN_5_WORKING_DAYS;
      case ONE_WORKING_DAY -> NotificationKind.DEADLINE_IN_1_WORKING_DAY;
      case OVERDUE -> NotificationKind.DEADLINE_OVERDUE;
    };
  }

  private boolean withinWorkingDays(LocalDate due, LocalDate today, DeadlineReminder reminder) {
    return !calendar.addWorkingDays(today, reminder.workingDaysAhead()).isBefore(due);
  }

  private static Optional<DeadlineReminder> absent(
      DeadlineReminder reminder, Set<DeadlineReminder> sent) {
    return sent.contains(reminder) ? Optional.empty() : Optional.of(reminder);
  }
}
