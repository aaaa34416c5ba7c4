package dev.taiwa.cases.deadline.application;

import static dev.taiwa.cases.deadline.tracking.DeadlineReminder.FIVE_WORKING_DAYS;
import static dev.taiwa.cases.deadline.tracking.DeadlineReminder.ONE_WORKING_DAY;
import static dev.taiwa.cases.deadline.tracking.DeadlineReminder.OVERDUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {
  private final ReminderPolicy policy = new ReminderPolicy(AdministrativeCalendar.standard());

  private Optional<DeadlineReminder> on(LocalDate today, LocalDate due, DeadlineReminder... sent) {
    return policy.next(due, today, Set.of(sent));
  }

  @Nested
  class AcrossAWeekend {
    /** Monday 16 November 2026. */
    private final LocalDate due = LocalDate.of(2026, 11, 16);

    @Test
    void theFiveDayReminderComesFiveWorkingDaysAheadNotFiveCalendarDays() {
      // Friday 6 Nov: the fifth working day after it is Friday 13, before the due date.
      assertEquals(Optional.empty(), on(LocalDate.of(2026, 11, 6), due));
      // Monday 9 Nov: 10, 11, 12, 13, 16 — the fifth working day is the due date.
      assertEquals(Optional.of(FIVE_WORKING_DAYS), on(LocalDate.of(2026, 11, 9), due));
    }

    @Test
    void theOneDayReminderComesOnTheFridayBeforeAMondayDueDate() {
      assertEquals(
          Optional.empty(), on(LocalDate.of(2026, 11, 12), due, FIVE_WORKING_DAYS), "Thursday");
      assertEquals(
          Optional.of(ONE_WORKING_DAY),
          on(LocalDate.of(2026, 11, 13), due, FIVE_WORKING_DAYS),
          "Friday");
    }

    @Test
    void eachReminderIsGivenOnce() {
      assertEquals(
          Optional.empty(), on(LocalDate.of(2026, 11, 9), due, FIVE_WORKING_DAYS), "five again");
      assertEquals(
          Optional.empty(),
          on(LocalDate.of(2026, 11, 16), due, FIVE_WORKING_DAYS, ONE_WORKING_DAY),
          "on the due date itself");
    }
  }

  @Nested
  class AcrossTheYearEndClosure {
    /** Monday 4 January 2027, the first working day after 29 December – 3 January. */
    private final LocalDate due = LocalDate.of(2027, 1, 4);

    @Test
    void theOneDayReminderComesOnTheLastWorkingDayOfTheYear() {
      assertEquals(
          Optional.empty(), on(LocalDate.of(2026, 12, 25), due, FIVE_WORKING_DAYS), "25 Dec");
      assertEquals(
          Optional.of(ONE_WORKING_DAY),
          on(LocalDate.of(2026, 12, 28), due, FIVE_WORKING_DAYS),
          "28 Dec");
    }

    @Test
    void theFiveDayReminderCountsNoneOfTheClosedDays() {
      // Monday 21 Dec: 22, 23, 24, 25, 28 — not yet.
      assertEquals(Optional.empty(), on(LocalDate.of(2026, 12, 21), due));
      // Tuesday 22 Dec: 23, 24, 25, 28, 4 Jan.
      assertEquals(Optional.of(FIVE_WORKING_DAYS), on(LocalDate.of(2026, 12, 22), due));
    }
  }

  @Nested
  class Overdue {
    private final LocalDate due = LocalDate.of(2026, 11, 16);

    @Test
    void theDayAfterTheDueDateTheDeadlineIsOverdue() {
      assertEquals(
          Optional.of(OVERDUE),
          on(LocalDate.of(2026, 11, 17), due, FIVE_WORKING_DAYS, ONE_WORKING_DAY));
    }

    @Test
    void anOverdueDeadlineGivesNoLateAheadReminderAndItsOverdueReminderOnce() {
      assertEquals(Optional.of(OVERDUE), on(LocalDate.of(2026, 11, 20), due));
      assertEquals(Optional.empty(), on(LocalDate.of(2026, 11, 20), due, OVERDUE));
    }
  }

  @Test
  void onTheDueDateItselfNoReminderAheadIsGiven() {
    LocalDate due = LocalDate.of(2026, 11, 16);

    assertEquals(Optional.empty(), on(due, due), "nothing was given before");
    assertEquals(Optional.empty(), on(due, due, FIVE_WORKING_DAYS), "the five-day one was given");
  }

  @Test
  void aDeadlineOpenedOneWorkingDayAheadGivesOnlyTheOneDayReminder() {
    LocalDate due = LocalDate.of(2026, 11, 16);

    assertEquals(Optional.of(ONE_WORKING_DAY), on(LocalDate.of(2026, 11, 13), due));
    assertEquals(Optional.empty(), on(LocalDate.of(2026, 11, 13), due, ONE_WORKING_DAY));
  }
}
