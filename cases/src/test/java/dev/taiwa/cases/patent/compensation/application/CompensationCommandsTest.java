package dev.taiwa.cases.patent.compensation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.access.port.InMemoryAccessGrants;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.InMemoryTrackedDeadlines;
import dev.taiwa.cases.identity.InMemoryOrganisations;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.application.PatentCommands;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.compensation.model.CompensationForm;
import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.compensation.model.LossCause;
import dev.taiwa.cases.patent.compensation.port.InMemoryCompensationClaims;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ScreeningRules;
import dev.taiwa.cases.patent.port.InMemoryPatentApplications;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Compensation claims on in-memory ports: who claims when, assessment, decision, visibility. */
class CompensationCommandsTest {
  private static final AtomicInteger SERIAL = new AtomicInteger(300000);

  private final TestClock clock = TestClock.atNow();
  private final InMemoryPatentApplications applications = new InMemoryPatentApplications();
  private final InMemoryOrganisations organisations = new InMemoryOrganisations();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  private final AccessGrantQueries grants =
      new AccessGrantQueries(new InMemoryAccessGrants(), clock);
  private final DeadlineLedger ledger =
      new DeadlineLedger(
          new InMemoryTrackedDeadlines(),
          DeadlineRules.defaults(),
          AdministrativeCalendar.standard(),
          clock);
  private final PatentCommands patents =
      new PatentCommands(
          applications,
          organisations,
          grants,
          auditLog,
          unitOfWork,
          clock,
          ScreeningRules.defaults(),
          SpecifiedFieldCatalogue.standard(),
          ledger,
          new dev.taiwa.cases.patent.nonsending.port.InMemoryNonSendingNotices(),
          new dev.taiwa.cases.notification.InMemoryNotificationOutbox());
  private final PatentQueries patentQueries =
      new PatentQueries(applications, grants, auditLog, unitOfWork, clock);
  private final InMemoryCompensationClaims store = new InMemoryCompensationClaims();
  private final CompensationCommands commands =
      new CompensationCommands(store, patentQueries, auditLog, unitOfWork, clock);
  private final CompensationQueries queries = new CompensationQueries(store, unitOfWork);

  private final OrganisationId applicant = organisation("Sakura Heavy");
  private final OrganisationId stranger = organisation("Other KK");
  private final OrganisationId office = organisation("CAO");
  private final Actor filer = actor(applicant, Role.FILER);
  private final Actor strangerFiler = actor(stranger, Role.FILER);
  private final Actor examiner = actor(office, Role.PATENT_EXAMINER);
  private final Actor reviewer = actor(office, Role.SECURITY_REVIEWER);

  private OrganisationId organisation(String name) {
    Organisation organisation =
        new Organisation(OrganisationId.random(), name, OrganisationKind.COMPANY);
    organisations.insert(organisation);
    return organisation.id();
  }

  private static Actor actor(OrganisationId organisation, Role role) {
    return new Actor(UserId.random(), role.name().toLowerCase(), organisation, Set.of(role));
  }

  /** An application of the applicant put straight into {@code state} (its use cases come later). */
  private CaseId applicationIn(PatentState state) {
    PatentApplicationForm form =
        new PatentApplicationForm(
            "2025-" + SERIAL.incrementAndGet(),
            LocalDate.of(2025, 6, 2),
            List.of(applicant),
            true,
            "誘導装置",
            "要約",
            "請求項1",
            List.of("F41G 7/00"),
            FilingRoute.DIRECT,
            AdditionalRequirementFacts.none());
    CaseId id = patents.register(examiner, form).value().orElseThrow().application().id();
    PatentApplication registered = applications.find(id).orElseThrow();
    applications.update(registered.moved(state, List.of(3), "fixture", clock.instant()));
    return id;
  }

  private static CompensationForm form(long amount) {
    return new CompensationForm(
        amount, "実施許可の不許可による逸失利益 (算定根拠)", LossCause.WORKING_PERMISSION_REFUSED);
  }

  private static <T> T accepted(Result<T> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    return result.value().orElseThrow();
  }

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private AuditEntry lastEntry() {
    List<AuditEvent> events = auditLog.events();
    return events.get(events.size() - 1).entry();
  }

  @Test
  void anApplicantsFilerClaimsOnADesignatedLiftedOrExpiredApplication() {
    for (PatentState state :
        List.of(PatentState.DESIGNATED, PatentState.LIFTED, PatentState.EXPIRED)) {
      CaseId id = applicationIn(state);
      CompensationView view = accepted(commands.claim(filer, id, form(5_000_000)));

      assertEquals(CompensationState.CLAIMED, view.claim().state());
      assertEquals("COMPENSATION_CLAIMED", lastEntry().action());
      assertEquals(id, lastEntry().caseId());
    }
  }

  @Test
  void noClaimBeforeADesignation() {
    CaseId id = applicationIn(PatentState.UNDER_SECURITY_REVIEW);

    assertEquals(List.of(ErrorCode.INVALID_STATE), codes(commands.claim(filer, id, form(1))));
    assertEquals(AuditOutcome.REJECTED, lastEntry().outcome());
  }

  @Test
  void anAmountOfZeroOrAMissingBasisIsRefused() {
    CaseId id = applicationIn(PatentState.DESIGNATED);

    Result<CompensationView> result =
        commands.claim(filer, id, new CompensationForm(0L, " ", LossCause.OTHER));

    assertEquals(
        List.of("amountYen", "basis"), result.errors().stream().map(Rejection::field).toList());
  }

  @Test
  void anotherCompanyIsToldNotFoundAndAReviewerCannotClaim() {
    CaseId id = applicationIn(PatentState.DESIGNATED);

    assertEquals(List.of(ErrorCode.NOT_FOUND), codes(commands.claim(strangerFiler, id, form(1))));
    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(commands.claim(reviewer, id, form(1))));
  }

  @Test
  void aReviewerAssessesAndDecidesAndTheNotesStayInternal() {
    CaseId id = applicationIn(PatentState.DESIGNATED);
    CaseId claim = accepted(commands.claim(filer, id, form(5_000_000))).claim().id();

    accepted(commands.addAssessmentNote(reviewer, claim, null, "算定根拠の確認が必要"));
    assertEquals(
        List.of(ErrorCode.FORBIDDEN),
        codes(commands.addAssessmentNote(filer, claim, null, "note")));
    CompensationView decided =
        accepted(commands.decide(reviewer, claim, null, 0L, "通常生ずべき損失に当たらない"));

    assertEquals(CompensationState.DECIDED, decided.claim().state());
    assertEquals(0L, decided.claim().decision().amountYen());
    CompensationView companyView = queries.ofApplications(filer, List.of(id)).get(id).get(0);
    assertTrue(companyView.notes().isEmpty());
    assertEquals(
        "算定根拠の確認が必要",
        queries.ofApplications(reviewer, List.of(id)).get(id).get(0).notes().get(0).text());
    assertEquals(
        List.of(ErrorCode.INVALID_STATE), codes(commands.decide(reviewer, claim, null, 1L, "再決定")));
  }

  @Test
  void aNegativeAmountIsRefusedInTheDecision() {
    CaseId id = applicationIn(PatentState.DESIGNATED);
    CaseId claim = accepted(commands.claim(filer, id, form(5))).claim().id();

    assertEquals(
        List.of(ErrorCode.INVALID_VALUE), codes(commands.decide(reviewer, claim, null, -1L, "理由")));
  }

  @Test
  void claimsOfManyApplicationsComeInOneBatchAndOnlyToThoseAllowed() {
    CaseId first = applicationIn(PatentState.DESIGNATED);
    CaseId second = applicationIn(PatentState.LIFTED);
    accepted(commands.claim(filer, first, form(1)));
    accepted(commands.claim(filer, second, form(2)));
    int before = store.batches();

    var seen = queries.ofApplications(reviewer, List.of(first, second));
    var hidden = queries.ofApplications(examiner, List.of(first, second));

    assertEquals(before + 2, store.batches());
    assertEquals(1, seen.get(first).size());
    assertEquals(1, seen.get(second).size());
    assertTrue(hidden.get(first).isEmpty());
  }
}
