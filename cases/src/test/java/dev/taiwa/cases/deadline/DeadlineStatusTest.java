package dev.taiwa.cases.deadline;

import static dev.taiwa.cases.deadline.DeadlineFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineStatusTest {
  private final Deadline reply = deadline(DeadlineRules.COMPANY_REPLY, QUERY_SENT, "2026-04-01");

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2026-04-02, OPEN",
    "2026-04-07, OPEN",
    "2026-04-08, DUE_SOON",
    "2026-04-15, DUE_SOON",
    "2026-04-16, OVERDUE"
  })
  void aDeadlineIsDueSoonWithinFiveWorkingDaysAndOverdueAfterItsDay(
      LocalDate today, DeadlineStatus expected) {
    assertEquals(day("2026-04-15"), reply.due());
    assertEquals(expected, reply.status(today));
  }

  @Test
  void theDueSoonWindowIsConfigurable() {
    Deadline narrow =
        Deadline.compute(
            RULES.rule(DeadlineRules.COMPANY_REPLY),
            PeriodStart.during(day("2026-04-01"), QUERY_SENT),
            List.of(),
            CALENDAR,
            2);

    assertEquals(DeadlineStatus.OPEN, narrow.status(day("2026-04-10")));
    assertEquals(DeadlineStatus.DUE_SOON, narrow.status(day("2026-04-13")));
    Deadline fromTheCatalogue =
        RULES
            .withDueSoonWorkingDays(2)
            .deadline(
                DeadlineRules.COMPANY_REPLY,
                PeriodStart.during(day("2026-04-01"), QUERY_SENT),
                List.of(),
                CALENDAR);
    assertEquals(DeadlineStatus.OPEN, fromTheCatalogue.status(day("2026-04-10")));
    assertEquals(DeadlineStatus.DUE_SOON, fromTheCatalogue.status(day("2026-04-13")));
  }

  @Test
  void aMetDeadlineStaysMetAndKnowsWhetherItWasLate() {
    Deadline inTime = reply.metOn(day("2026-04-10"));
    Deadline late = reply.metOn(day("2026-04-20"));

    assertEquals(DeadlineStatus.MET, inTime.status(day("2026-05-01")));
    assertFalse(inTime.metLate());
    assertEquals(DeadlineStatus.MET, late.status(day("2026-05-01")));
    assertTrue(late.metLate());
    assertEquals(day("2026-04-20"), late.metDate().orElseThrow());
  }
}
