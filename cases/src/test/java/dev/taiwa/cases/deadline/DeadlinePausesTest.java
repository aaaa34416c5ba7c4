package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.DeadlineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Bilingual;
import org.junit.jupiter.api.Test;

/** Stopped clocks: pauses extend a period by the paused days inside it. */
class DeadlinePausesTest {
  @Test
  void aClosedQueryExtendsThePeriodByItsCalendarDaysBeforeTheRollForward() {
    Deadline reply =
        deadline(
            DeadlineRules.COMPANY_REPLY,
            QUERY_SENT,
            "2026-03-02",
            Pause.closed(day("2026-03-05"), day("2026-03-09"), "query Q-3 open"));

    assertEquals(day("2026-03-16"), reply.periodEnd());
    assertEquals(5, reply.pausedDays());
    assertEquals(day("2026-03-21"), reply.extendedEnd());
    assertEquals(day("2026-03-23"), reply.due());
    assertEquals(
        "Due 2026-03-23: 14 days from query Q-3 sent on 2026-03-02 (rule"
            + " dialogue.companyReplyDays, set per query by officials; 14 days is an operational"
            + " default); the period ends on 2026-03-16, and 5 paused days (query Q-3 open,"
            + " 2026-03-05 to 2026-03-09) move it to Saturday 2026-03-21, not a working day, so it"
            + " moves to the next working day, Monday 2026-03-23.",
        reply.explanation());
    assertTrue(
        reply
            .explanationJa()
            .contains("停止期間5日（query Q-3 open：2026年3月5日～2026年3月9日）を加えて2026年3月21日（土）"),
        reply.explanationJa());
  }

  @Test
  void overlappingPausesCountEachDayOnce() {
    Deadline reply =
        deadline(
            DeadlineRules.COMPANY_REPLY,
            QUERY_SENT,
            "2026-03-02",
            Pause.closed(day("2026-03-05"), day("2026-03-09"), "query Q-3 open"),
            Pause.closed(day("2026-03-08"), day("2026-03-10"), "query Q-4 open"));

    assertEquals(6, reply.pausedDays());
    assertEquals(day("2026-03-22"), reply.extendedEnd());
  }

  @Test
  void pausesOutsideThePeriodDoNotMoveIt() {
    Deadline reply =
        deadline(
            DeadlineRules.COMPANY_REPLY,
            QUERY_SENT,
            "2026-03-02",
            Pause.closed(day("2026-03-02"), day("2026-03-02"), "on the uncounted first day"),
            Pause.closed(day("2026-04-01"), day("2026-04-10"), "after the period"));

    assertEquals(0, reply.pausedDays());
    assertEquals(day("2026-03-16"), reply.due());
  }

  @Test
  void aPauseEndingNearThePeriodEndPullsInTheDaysItReaches() {
    // 14 days end 2026-03-16; 3 paused days reach into 17–19 March, which are paused too.
    Deadline reply =
        deadline(
            DeadlineRules.COMPANY_REPLY,
            QUERY_SENT,
            "2026-03-02",
            Pause.closed(day("2026-03-14"), day("2026-03-19"), "query Q-5 open"));

    assertEquals(6, reply.pausedDays());
    assertEquals(day("2026-03-22"), reply.extendedEnd());
  }

  @Test
  void aQueryStillOpenKeepsMovingTheDueDateDayByDay() {
    Deadline onTheTwelfth =
        deadline(
            DeadlineRules.COMPANY_REPLY,
            QUERY_SENT,
            "2026-04-01",
            Pause.stillOpen(day("2026-04-06"), day("2026-04-12"), "query Q-3 open"));
    Deadline onTheThirteenth =
        deadline(
            DeadlineRules.COMPANY_REPLY,
            QUERY_SENT,
            "2026-04-01",
            Pause.stillOpen(day("2026-04-06"), day("2026-04-13"), "query Q-3 open"));

    assertEquals(day("2026-04-22"), onTheTwelfth.due());
    assertEquals(day("2026-04-23"), onTheThirteenth.due());
    assertTrue(
        onTheTwelfth.explanation().contains("(query Q-3 open, 2026-04-06 to today, still open)"),
        onTheTwelfth.explanation());
  }

  @Test
  void aWorkingDayPeriodIsExtendedByThePausedWorkingDaysOnly() {
    Deadline review =
        deadline(
            DeadlineRules.REVIEW_STAGE_TARGET,
            new Bilingual("case assigned", "案件の割当て"),
            "2026-06-01",
            Pause.closed(day("2026-06-06"), day("2026-06-09"), "waiting for the applicant"));

    assertEquals(day("2026-06-15"), review.periodEnd());
    assertEquals(2, review.pausedDays());
    assertEquals(day("2026-06-17"), review.due());
    assertTrue(review.explanation().contains("2 paused working days"), review.explanation());
  }
}
