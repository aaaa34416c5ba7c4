package dev.taiwa.cases.deadline.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditFilter;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.notification.InMemoryNotificationOutbox;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.Recipient;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadlineSweepTest {
  private static final Bilingual EVENT = new Bilingual("query asked", "照会");
  private final InMemoryTrackedDeadlines store = new InMemoryTrackedDeadlines();
  private final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
  private final InMemoryAuditLog audit = new InMemoryAuditLog();
  private final OrganisationId company = OrganisationId.random();
  private final CaseId caseId = CaseId.random();
  private final Map<CaseId, CaseParties.Parties> parties = new HashMap<>();
  private boolean failNextUpdate;

  DeadlineSweepTest() {
    parties.put(
        caseId, new CaseParties.Parties("PR-2026-000123", List.of(company), Optional.empty()));
  }

  /** The store, where the next update may find the version moved by another instance. */
  private final TrackedDeadlines racingStore =
      new TrackedDeadlines() {
        @Override
        public Optional<TrackedDeadline> find(UUID id) {
          return store.find(id);
        }

        @Override
        public List<TrackedDeadline> findByCases(Collection<CaseId> cases) {
          return store.findByCases(cases);
        }

        @Override
        public List<TrackedDeadline> findOpenDueBy(LocalDate dueOnOrBefore) {
          return store.findOpenDueBy(dueOnOrBefore);
        }

        @Override
        public void insert(TrackedDeadline deadline) {
          store.insert(deadline);
        }

        @Override
        public void update(TrackedDeadline deadline) {
          if (failNextUpdate) {
            failNextUpdate = false;
            throw new ConcurrentChangeException("changed by another instance");
          }
          store.update(deadline);
        }
      };

  private DeadlineLedger ledgerOn(LocalDate today) {
    return new DeadlineLedger(
        racingStore,
        DeadlineRules.defaults(),
        AdministrativeCalendar.standard(),
        TestClock.on(today));
  }

  private DeadlineSweep sweepOn(LocalDate today) {
    return new DeadlineSweep(
        racingStore,
        ledgerOn(today),
        (id, kind) -> Optional.ofNullable(parties.get(id)),
        outbox,
        audit,
        new PassThroughUnitOfWork(),
        TestClock.on(today));
  }

  /** A 14-day reply opened on {@code asked}: from Monday 2 Nov 2026, due Monday 16 Nov. */
  private TrackedDeadline companyReply(LocalDate asked) {
    return ledgerOn(asked)
        .open(
            caseId,
            CaseKind.PRE_REPORT,
            "query:1",
            DeadlineRules.COMPANY_REPLY,
            PeriodStart.during(asked, EVENT),
            Obligor.COMPANY);
  }

  /** 10 working days from Monday 2 Nov 2026 (3 Nov is Culture Day): due Tuesday 17 Nov. */
  private TrackedDeadline reviewTarget(LocalDate started) {
    return ledgerOn(started)
        .open(
            caseId,
            CaseKind.PRE_REPORT,
            "stage:review",
            DeadlineRules.REVIEW_STAGE_TARGET,
            PeriodStart.during(started, EVENT),
            Obligor.OFFICIALS);
  }

  /** The audit entries filed on the case, as "ACTION OUTCOME by actor". */
  private List<String> caseAudited() {
    return audit.search(AuditFilter.none(), AuditPageRequest.firstPage(100)).items().stream()
        .map(AuditEvent::entry)
        .filter(e -> caseId.equals(e.caseId()))
        .map(e -> e.action() + " " + e.outcome() + " by " + e.actorName())
        .toList();
  }

  private List<AuditEvent> sweepsAudited() {
    return audit.search(AuditFilter.none(), AuditPageRequest.firstPage(100)).items().stream()
        .filter(e -> e.entry().action().equals(AuditAction.DEADLINES_SWEPT.code()))
        .toList();
  }

  @Test
  void theCompanysFilersAreRemindedFiveWorkingDaysAheadOnceOnly() {
    TrackedDeadline reply = companyReply(LocalDate.of(2026, 11, 2));
    assertEquals(LocalDate.of(2026, 11, 16), reply.due());

    SweepReport first = sweepOn(LocalDate.of(2026, 11, 9)).run();
    SweepReport second = sweepOn(LocalDate.of(2026, 11, 9)).run();

    assertEquals(1, first.fiveWorkingDays());
    assertEquals(0, second.reminders());
    assertEquals(1, outbox.published().size());
    NotificationDraft draft = outbox.published().get(0);
    assertEquals(NotificationKind.DEADLINE_IN_5_WORKING_DAYS, draft.kind());
    assertEquals(new Recipient.RoleInOrganisation(company, Role.FILER), draft.recipient());
    assertEquals("PR-2026-000123", draft.caseReference());
    assertEquals(Optional.of(reply.due()), draft.due());
    assertEquals(
        Set.of(DeadlineReminder.FIVE_WORKING_DAYS),
        racingStore.find(reply.id()).orElseThrow().remindersSent());
    assertEquals(2, sweepsAudited().size(), "one system event per run");
    assertEquals(
        List.of("DEADLINE_REMINDER_SENT ACCEPTED by system:deadline-sweep"),
        caseAudited(),
        "the reminder is a change of the case, audited on it once");
    assertEquals(
        Set.of(true, false),
        Set.copyOf(
            sweepsAudited().stream()
                .map(e -> e.entry().summary().contains(" 1 in 5 working days"))
                .toList()));
  }

  @Test
  void theRemindersFollowOneAnotherUpToOverdue() {
    companyReply(LocalDate.of(2026, 11, 2));

    for (LocalDate day = LocalDate.of(2026, 11, 2);
        !day.isAfter(LocalDate.of(2026, 11, 20));
        day = day.plusDays(1)) {
      sweepOn(day).run();
    }

    assertEquals(
        List.of(
            NotificationKind.DEADLINE_IN_5_WORKING_DAYS,
            NotificationKind.DEADLINE_IN_1_WORKING_DAY,
            NotificationKind.DEADLINE_OVERDUE),
        outbox.published().stream().map(NotificationDraft::kind).toList());
  }

  @Test
  void theOfficialsReminderGoesToTheCaseOfficerIfAssignedElseToEveryDialogueOfficer() {
    reviewTarget(LocalDate.of(2026, 11, 2));
    sweepOn(LocalDate.of(2026, 11, 10)).run();
    UserId officer = UserId.random();
    parties.put(
        caseId, new CaseParties.Parties("PR-2026-000123", List.of(company), Optional.of(officer)));
    sweepOn(LocalDate.of(2026, 11, 16)).run();

    assertEquals(
        List.of(new Recipient.EveryoneWithRole(Role.DIALOGUE_OFFICER), new Recipient.User(officer)),
        outbox.published().stream().map(NotificationDraft::recipient).toList());
  }

  @Test
  void metAndCancelledDeadlinesAreLeftAlone() {
    companyReply(LocalDate.of(2026, 11, 2));
    reviewTarget(LocalDate.of(2026, 11, 2));
    DeadlineLedger ledger = ledgerOn(LocalDate.of(2026, 11, 5));
    ledger.meet(caseId, "query:1", LocalDate.of(2026, 11, 5));
    ledger.cancel(caseId, "stage:review", LocalDate.of(2026, 11, 5), "withdrawn");

    SweepReport report = sweepOn(LocalDate.of(2026, 11, 20)).run();

    assertEquals(0, report.checked());
    assertTrue(outbox.published().isEmpty());
    assertEquals(List.of(), caseAudited().stream().filter(e -> e.contains("sweep")).toList());
  }

  @Test
  void aStoppedClockMovesTheDueDateOutOfReachOfTheReminder() {
    TrackedDeadline target = reviewTarget(LocalDate.of(2026, 11, 2));
    ledgerOn(LocalDate.of(2026, 11, 5))
        .stopClocks(caseId, Obligor.OFFICIALS, "query:1", LocalDate.of(2026, 11, 5), "query open");

    // Unstopped, 17 Nov would be within five working days of Thursday 12 Nov.
    SweepReport report = sweepOn(LocalDate.of(2026, 11, 12)).run();

    // Stopped Thu 5 – Thu 12 Nov (six working days): 17 Nov + 6 working days, skipping 23 Nov.
    assertEquals(LocalDate.of(2026, 11, 26), racingStore.find(target.id()).orElseThrow().due());
    assertEquals(1, report.dueDatesMoved());
    assertEquals(0, report.reminders());
    assertEquals(List.of("DEADLINE_DUE_MOVED ACCEPTED by system:deadline-sweep"), caseAudited());
    assertTrue(outbox.published().isEmpty());
  }

  @Test
  void aDeadlineAnotherInstanceChangedMeanwhileIsLeftToIt() {
    TrackedDeadline reply = companyReply(LocalDate.of(2026, 11, 2));
    failNextUpdate = true;

    SweepReport report = sweepOn(LocalDate.of(2026, 11, 9)).run();

    assertEquals(1, report.leftToAnotherRun());
    assertEquals(0, report.reminders());
    assertTrue(outbox.published().isEmpty());
    assertEquals(
        List.of("DEADLINE_REMINDER_SENT REJECTED by system:deadline-sweep"),
        caseAudited(),
        "the refused change is audited as refused, and nothing of it is stored");
    assertEquals(Set.of(), racingStore.find(reply.id()).orElseThrow().remindersSent());
  }
}
