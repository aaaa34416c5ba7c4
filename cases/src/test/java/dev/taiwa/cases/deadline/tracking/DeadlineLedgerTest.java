package dev.taiwa.cases.deadline.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.DeadlineStatus;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.JapanTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadlineLedgerTest {
  private static final Bilingual QUERY_ASKED = new Bilingual("query asked", "照会");
  private final InMemoryTrackedDeadlines store = new InMemoryTrackedDeadlines();
  private final CaseId caseId = CaseId.random();

  private DeadlineLedger ledgerOn(LocalDate today) {
    Clock clock =
        Clock.fixed(today.atTime(12, 0).atZone(JapanTime.ZONE).toInstant(), ZoneOffset.UTC);
    return new DeadlineLedger(
        store, DeadlineRules.defaults(), AdministrativeCalendar.standard(), clock);
  }

  private TrackedDeadline openReviewTarget(DeadlineLedger ledger, LocalDate start) {
    return ledger.open(
        caseId,
        CaseKind.PRE_REPORT,
        "stage:review",
        DeadlineRules.REVIEW_STAGE_TARGET,
        PeriodStart.during(start, new Bilingual("review started", "審査開始")),
        Obligor.OFFICIALS);
  }

  @Test
  void aReplyWindowSetByAnOfficialIsStoredWithItsDueDateAndExplainsItself() {
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 2));
    TrackedDeadline reply =
        ledger.open(
            caseId,
            CaseKind.PRE_REPORT,
            "query:1",
            DeadlineRules.COMPANY_REPLY,
            10,
            PeriodStart.during(LocalDate.of(2026, 11, 2), QUERY_ASKED),
            Obligor.COMPANY);

    // 10 days from 2 Nov (first day not counted) end on 12 Nov, a Thursday.
    assertEquals(LocalDate.of(2026, 11, 12), reply.due());
    assertEquals(reply, store.find(reply.id()).orElseThrow());
    assertTrue(ledger.compute(reply).explanation().contains("2026-11-12"));
  }

  @Test
  void stoppedClocksMoveTheOfficialsDeadlineOnByThePausedWorkingDays() {
    TrackedDeadline target =
        openReviewTarget(ledgerOn(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 2));
    LocalDate unpaused = target.due();

    ledgerOn(LocalDate.of(2026, 11, 5))
        .stopClocks(caseId, Obligor.OFFICIALS, "query:1", LocalDate.of(2026, 11, 5), "query open");
    DeadlineLedger afterAnswer = ledgerOn(LocalDate.of(2026, 11, 10));
    afterAnswer.restartClocks(caseId, "query:1", LocalDate.of(2026, 11, 10));

    TrackedDeadline resumed = afterAnswer.ofCase(caseId).get(0);
    // Paused Thu 5, Fri 6, Mon 9 Nov: three working days (the weekend is no working day anyway).
    assertEquals(AdministrativeCalendar.standard().addWorkingDays(unpaused, 3), resumed.due());
    assertEquals(3, afterAnswer.compute(resumed).pausedDays());
  }

  @Test
  void aClockStaysStoppedWhileAnotherQueryIsStillOpen() {
    openReviewTarget(ledgerOn(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 2));
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 4));
    ledger.stopClocks(caseId, Obligor.OFFICIALS, "query:1", LocalDate.of(2026, 11, 4), "query 1");
    ledger.stopClocks(caseId, Obligor.OFFICIALS, "query:2", LocalDate.of(2026, 11, 4), "query 2");

    ledger.restartClocks(caseId, "query:1", LocalDate.of(2026, 11, 4));

    TrackedDeadline stillStopped = ledger.ofCase(caseId).get(0);
    assertEquals(1, stillStopped.stops().stream().filter(ClockStop::isRunning).count());
    assertEquals(2, stillStopped.stops().size());
  }

  @Test
  void aQueryDoesNotStopTheCompanysOwnDeadlines() {
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 2));
    ledger.open(
        caseId,
        CaseKind.PRE_REPORT,
        "inform:1",
        DeadlineRules.LICENCE_APPLICATION,
        PeriodStart.during(LocalDate.of(2026, 11, 2), new Bilingual("inform", "インフォーム")),
        Obligor.COMPANY);

    assertTrue(
        ledger
            .stopClocks(caseId, Obligor.OFFICIALS, "query:1", LocalDate.of(2026, 11, 3), "q")
            .isEmpty());
    assertTrue(ledger.ofCase(caseId).get(0).stops().isEmpty());
  }

  @Test
  void aMetDeadlineIsNoLongerOpenAndShowsAsMet() {
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 2));
    openReviewTarget(ledger, LocalDate.of(2026, 11, 2));

    TrackedDeadline met =
        ledger.meet(caseId, "stage:review", LocalDate.of(2026, 11, 6)).orElseThrow();

    assertFalse(met.isOpen());
    assertEquals(DeadlineStatus.MET, ledger.compute(met).status(LocalDate.of(2027, 1, 1)));
    assertTrue(ledger.meet(caseId, "stage:review", LocalDate.of(2026, 11, 7)).isEmpty());
  }

  @Test
  void cancellingAllLeavesNoOpenDeadlineAndKeepsTheReason() {
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 2));
    openReviewTarget(ledger, LocalDate.of(2026, 11, 2));

    ledger.cancelAll(caseId, LocalDate.of(2026, 11, 3), "withdrawn");

    assertFalse(ledger.ofCase(caseId).isEmpty());
    for (TrackedDeadline d : ledger.ofCase(caseId)) {
      assertFalse(d.isOpen());
      assertEquals("withdrawn", d.cancelReason().orElseThrow());
    }
  }

  @Test
  void aSubjectHasAtMostOneOpenDeadlineButMayBeReopenedOnceMet() {
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 2));
    openReviewTarget(ledger, LocalDate.of(2026, 11, 2));

    assertThrows(
        IllegalStateException.class, () -> openReviewTarget(ledger, LocalDate.of(2026, 11, 2)));
    ledger.meet(caseId, "stage:review", LocalDate.of(2026, 11, 4));
    openReviewTarget(ledger, LocalDate.of(2026, 11, 5));
    assertEquals(2, ledger.ofCase(caseId).size());
  }

  @Test
  void aStaleCopyCannotOverwriteANewerOne() {
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 2));
    TrackedDeadline opened = openReviewTarget(ledger, LocalDate.of(2026, 11, 2));
    ledger.meet(caseId, "stage:review", LocalDate.of(2026, 11, 4));

    assertThrows(ConcurrentChangeException.class, () -> ledger.save(opened));
  }
}
