package dev.taiwa.cases.patent.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.access.port.InMemoryAccessGrants;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.identity.InMemoryOrganisations;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.notification.InMemoryNotificationOutbox;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.ScreeningRules;
import dev.taiwa.cases.patent.nonsending.port.InMemoryNonSendingNotices;
import dev.taiwa.cases.patent.port.InMemoryPatentApplications;
import dev.taiwa.cases.patent.port.InMemoryPatentReviewRecords;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The patent use cases on in-memory ports, a fixed clock and one person per part. */
final class PatentWorld {
  private static final AtomicInteger SERIAL = new AtomicInteger(100000);

  final TestClock clock = TestClock.atNow();
  final InMemoryPatentApplications store = new InMemoryPatentApplications();
  final InMemoryOrganisations organisations = new InMemoryOrganisations();
  final InMemoryAccessGrants grantStore = new InMemoryAccessGrants();
  final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  final AccessGrantQueries grants = new AccessGrantQueries(grantStore, clock);
  final InMemoryTrackedDeadlines deadlines = new InMemoryTrackedDeadlines();
  final DeadlineLedger ledger =
      new DeadlineLedger(
          deadlines, DeadlineRules.defaults(), AdministrativeCalendar.standard(), clock);
  final InMemoryNonSendingNotices notices = new InMemoryNonSendingNotices();
  final InMemoryNotificationOutbox outbox = new InMemoryNotificationOutbox();
  final PatentCommands commands =
      new PatentCommands(
          store,
          organisations,
          grants,
          auditLog,
          unitOfWork,
          clock,
          ScreeningRules.defaults(),
          SpecifiedFieldCatalogue.standard(),
          ledger,
          notices,
          outbox);
  final NonSendingNoticeCommands nonSending =
      new NonSendingNoticeCommands(store, notices, grants, auditLog, unitOfWork, clock);
  final PatentQueries queries = new PatentQueries(store, grants, auditLog, unitOfWork, clock);
  final InMemoryPatentReviewRecords records = new InMemoryPatentReviewRecords();
  final PatentReviewCommands review =
      new PatentReviewCommands(store, records, grants, ledger, outbox, auditLog, unitOfWork, clock);
  final PatentReviewQueries reviewQueries =
      new PatentReviewQueries(store, records, ledger, grants, auditLog, unitOfWork, clock, true);

  final OrganisationId applicant = organisation("Sakura Heavy");
  final OrganisationId coApplicant = organisation("Fuji Lab");
  final OrganisationId stranger = organisation("Other KK");
  final OrganisationId office = organisation("JPO");

  final Actor examiner = actor(office, Role.PATENT_EXAMINER);
  final Actor otherExaminer = actor(office, Role.PATENT_EXAMINER);
  final Actor reviewer = actor(office, Role.SECURITY_REVIEWER);
  final Actor filer = actor(applicant, Role.FILER);
  final Actor coFiler = actor(coApplicant, Role.FILER);
  final Actor strangerFiler = actor(stranger, Role.FILER);
  final Actor auditor = actor(office, Role.AUDITOR);
  final Actor admin = actor(office, Role.ADMIN);
  final Actor officer = actor(office, Role.DIALOGUE_OFFICER);

  private OrganisationId organisation(String name) {
    Organisation organisation =
        new Organisation(OrganisationId.random(), name, OrganisationKind.COMPANY);
    organisations.insert(organisation);
    return organisation.id();
  }

  static Actor actor(OrganisationId organisation, Role role) {
    return new Actor(UserId.random(), role.name().toLowerCase(), organisation, Set.of(role));
  }

  /** A complete form of a screened application by both applicants. */
  PatentApplicationForm form() {
    return new PatentApplicationForm(
        "2025-" + SERIAL.incrementAndGet(),
        LocalDate.of(2025, 6, 2),
        List.of(applicant, coApplicant),
        true,
        "飛翔体の誘導装置",
        "要約",
        "請求項1",
        List.of("F41G 7/00"),
        FilingRoute.DIRECT,
        AdditionalRequirementFacts.none());
  }

  CaseId registered() {
    return accepted(commands.register(examiner, form())).application().id();
  }

  /**
   * An application the examiner sent to review on 2025-07-02, within its screening period (Art.
   * 66), the clock then back where it stood.
   */
  CaseId sentToReview() {
    CaseId id = registered();
    accepted(
        withinScreening(
            () ->
                commands.decideScreening(
                    examiner, id, null, ScreeningOutcome.SEND_TO_REVIEW, List.of(3), "誘導武器に該当")));
    return id;
  }

  /**
   * Runs {@code step} with the clock on 2025-07-02 (10:00 in Tokyo), within the screening period of
   * {@link #form()}'s filing, then puts the clock back.
   */
  <T> T withinScreening(java.util.function.Supplier<T> step) {
    Duration back =
        Duration.between(
            clock.instant(),
            LocalDate.of(2025, 7, 2).atTime(10, 0).atZone(JapanTime.ZONE).toInstant());
    clock.advance(back);
    try {
      return step.get();
    } finally {
      clock.advance(back.negated());
    }
  }

  void grant(Actor grantee, CaseId id) {
    grantStore.insert(
        AccessGrant.granted(
            grantee.userId(),
            id,
            "Expert opinion",
            reviewer.userId(),
            clock.instant(),
            clock.instant().plus(Duration.ofDays(7)),
            false));
  }

  long secretReadsOf(Actor actor, CaseId id) {
    return auditLog.events().stream()
        .map(AuditEvent::entry)
        .filter(e -> e.action().equals(AuditAction.SECRET_CONTENT_READ.code()))
        .filter(e -> id.equals(e.caseId()) && actor.userId().equals(e.actorId()))
        .count();
  }

  static <T> T accepted(Result<T> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    return result.value().orElseThrow();
  }
}
