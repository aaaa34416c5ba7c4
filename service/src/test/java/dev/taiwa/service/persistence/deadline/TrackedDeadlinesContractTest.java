package dev.taiwa.service.persistence.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.ClockStop;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.service.persistence.sql.SqlStatements;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stored deadlines and published notifications come back as they were handed, on both databases.
 */
@MicronautTest(transactional = false, startApplication = false)
class TrackedDeadlinesContractTest extends DatabaseTest {
  private static final Bilingual FILED = new Bilingual("filing", "出願");

  @Inject TrackedDeadlines deadlines;
  @Inject DeadlineLedger ledger;
  @Inject NotificationOutbox outbox;
  @Inject SqlStatements sql;
  @Inject UnitOfWork unitOfWork;

  private TrackedDeadline aDeadline(CaseId caseId, String subject, LocalDate due) {
    return new TrackedDeadline(
        UUID.randomUUID(),
        caseId,
        CaseKind.PATENT_APPLICATION,
        subject,
        DeadlineRules.FIRST_SCREENING,
        3,
        PeriodStart.during(LocalDate.of(2026, 1, 15), FILED),
        Obligor.OFFICIALS,
        List.of(
            new ClockStop(
                "query:1", LocalDate.of(2026, 2, 1), Optional.of(LocalDate.of(2026, 2, 4)), "照会中"),
            ClockStop.running("query:2", LocalDate.of(2026, 3, 1), "照会中")),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        due,
        java.util.Set.of(DeadlineReminder.FIVE_WORKING_DAYS),
        0);
  }

  @Test
  void aDeadlineComesBackWithItsStartStopsAndRemindersAndIsFoundWhenDue() {
    CaseId caseId = CaseId.random();
    TrackedDeadline stored = aDeadline(caseId, "screening", LocalDate.of(2026, 4, 20));
    deadlines.insert(stored);

    assertEquals(stored, deadlines.find(stored.id()).orElseThrow());
    assertEquals(List.of(stored), deadlines.findByCases(List.of(caseId)));
    assertTrue(deadlines.findOpenDueBy(LocalDate.of(2026, 4, 20)).contains(stored));
    assertTrue(
        deadlines.findOpenDueBy(LocalDate.of(2026, 4, 19)).stream()
            .noneMatch(d -> d.id().equals(stored.id())));
  }

  @Test
  void anUpdateFromAStaleCopyIsRefused() {
    CaseId caseId = CaseId.random();
    TrackedDeadline stored = aDeadline(caseId, "screening", LocalDate.of(2026, 4, 20));
    deadlines.insert(stored);
    deadlines.update(stored.reminded(DeadlineReminder.ONE_WORKING_DAY));

    TrackedDeadline reread = deadlines.find(stored.id()).orElseThrow();
    assertEquals(1, reread.version());
    assertTrue(reread.remindersSent().contains(DeadlineReminder.ONE_WORKING_DAY));
    assertThrows(ConcurrentChangeException.class, () -> deadlines.update(stored));
  }

  @Test
  void theLedgerMeetsAStoredDeadlineAndASecondOneOpensForTheSameSubject() {
    CaseId caseId = CaseId.random();
    PeriodStart asked = PeriodStart.during(LocalDate.of(2026, 11, 2), FILED);
    ledger.open(
        caseId,
        CaseKind.PRE_REPORT,
        "query:9",
        DeadlineRules.COMPANY_REPLY,
        7,
        asked,
        Obligor.COMPANY);
    ledger.meet(caseId, "query:9", LocalDate.of(2026, 11, 4));
    ledger.open(
        caseId,
        CaseKind.PRE_REPORT,
        "query:9",
        DeadlineRules.COMPANY_REPLY,
        7,
        asked,
        Obligor.COMPANY);

    List<TrackedDeadline> both = ledger.ofCase(caseId);
    assertEquals(2, both.size());
    assertEquals(1, both.stream().filter(TrackedDeadline::isOpen).count());
    assertEquals(LocalDate.of(2026, 11, 9), both.get(0).due());
  }

  @Test
  void aPublishedNotificationIsStoredForItsRecipient() {
    CaseId caseId = CaseId.random();
    OrganisationId organisation = new OrganisationId(UUID.randomUUID());
    outbox.publish(
        new NotificationDraft(
            NotificationKind.QUERY_ASKED,
            caseId,
            CaseKind.PRE_REPORT,
            "PR-2026-000001",
            new Recipient.RoleInOrganisation(organisation, Role.FILER),
            Optional.of(LocalDate.of(2026, 11, 9))),
        Instant.parse("2026-11-02T01:00:00Z"));

    List<String> stored =
        unitOfWork.readOnly(
            () ->
                sql.query(
                    "SELECT kind || '/' || recipient_organisation || '/' || recipient_role || '/' || due_date"
                        + " FROM notification WHERE case_id = ?",
                    r -> r.getString(1),
                    caseId.toString()));
    assertEquals(List.of("QUERY_ASKED/" + organisation + "/FILER/2026-11-09"), stored);
  }
}
