package dev.taiwa.cases.deadline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One status for a stored deadline, whichever view reads it. */
class TrackedStatusTest {
  private static final LocalDate ASKED = LocalDate.of(2026, 11, 2);
  private final InMemoryTrackedDeadlines store = new InMemoryTrackedDeadlines();
  private final DeadlineLedger ledger =
      new DeadlineLedger(
          store,
          DeadlineRules.defaults(),
          AdministrativeCalendar.standard(),
          Clock.fixed(
              LocalDate.of(2026, 11, 20).atTime(12, 0).atZone(JapanTime.ZONE).toInstant(),
              ZoneOffset.UTC));

  /** A 10-day reply asked on 2 November: due Thursday 12 November. */
  private TrackedDeadline reply(String subject) {
    return ledger.open(
        CaseId.random(),
        CaseKind.PRE_REPORT,
        subject,
        DeadlineRules.COMPANY_REPLY,
        10,
        PeriodStart.during(ASKED, new Bilingual("query asked", "照会")),
        Obligor.COMPANY);
  }

  private TrackedStatus statusOf(TrackedDeadline d) {
    return TrackedStatus.of(d, ledger.compute(d), ledger.today());
  }

  @Test
  void aDeadlineMetOnOrBeforeItsDueDateIsMetAndOneMetAfterItIsMetLate() {
    TrackedDeadline inTime = reply("query:1");
    TrackedDeadline late = reply("query:2");

    assertEquals(
        TrackedStatus.MET,
        statusOf(ledger.meet(inTime.caseId(), "query:1", LocalDate.of(2026, 11, 12)).get()));
    assertEquals(
        TrackedStatus.MET_LATE,
        statusOf(ledger.meet(late.caseId(), "query:2", LocalDate.of(2026, 11, 13)).get()));
  }

  @Test
  void aCancelledDeadlineIsCancelledNotOpenOrOverdue() {
    TrackedDeadline withdrawn = reply("query:3");

    TrackedDeadline cancelled =
        ledger.cancel(withdrawn.caseId(), "query:3", ASKED.plusDays(1), "withdrawn").get();

    assertEquals(TrackedStatus.CANCELLED, statusOf(cancelled));
    assertEquals(TrackedStatus.OVERDUE, statusOf(reply("query:4")));
  }
}
