package dev.taiwa.cases.patent.confirmation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.access.port.InMemoryAccessGrants;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.InMemoryAuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationForm;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.confirmation.port.InMemoryPriorConfirmations;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Prior-confirmation requests on in-memory ports: asking, consulting, answering, need-to-know. */
class PriorConfirmationCommandsTest {
  private final TestClock clock = TestClock.atNow();
  private final InMemoryPriorConfirmations store = new InMemoryPriorConfirmations();
  private final InMemoryAccessGrants grantStore = new InMemoryAccessGrants();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
  private final AccessGrantQueries grants = new AccessGrantQueries(grantStore, clock);
  private final PriorConfirmationCommands commands =
      new PriorConfirmationCommands(
          store, grants, auditLog, unitOfWork, clock, SpecifiedFieldCatalogue.standard());
  private final PriorConfirmationQueries queries =
      new PriorConfirmationQueries(store, grants, auditLog, unitOfWork, clock);

  private final OrganisationId company = OrganisationId.random();
  private final OrganisationId office = OrganisationId.random();
  private final Actor filer = actor(company, Role.FILER);
  private final Actor otherFiler = actor(OrganisationId.random(), Role.FILER);
  private final Actor examiner = actor(office, Role.PATENT_EXAMINER);
  private final Actor reviewer = actor(office, Role.SECURITY_REVIEWER);
  private final Actor officer = actor(office, Role.DIALOGUE_OFFICER);
  private final Actor auditor = actor(office, Role.AUDITOR);

  private static Actor actor(OrganisationId organisation, Role role) {
    return new Actor(UserId.random(), role.name().toLowerCase(), organisation, Set.of(role));
  }

  private static PriorConfirmationForm form() {
    return new PriorConfirmationForm(
        "極超音速飛翔体の誘導装置", "要約: 秘密の内容", List.of(3), true, "PCT出願 (米国特許商標庁受理官庁)");
  }

  private CaseId requested() {
    return accepted(commands.request(filer, form())).request().id();
  }

  private CaseId consulted() {
    CaseId id = requested();
    accepted(commands.sendForConsultation(examiner, id, null, "分野(3)に該当の可能性"));
    accepted(commands.recordConsultation(reviewer, id, null, "保全の必要あり"));
    return id;
  }

  private static <T> T accepted(Result<T> result) {
    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    return result.value().orElseThrow();
  }

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private List<AuditEntry> entries() {
    return auditLog.events().stream().map(AuditEvent::entry).toList();
  }

  @Test
  void aFilerAsksForItsOrganisationAndTheAuditNamesNoContent() {
    PriorConfirmationView view = accepted(commands.request(filer, form()));

    assertEquals(PriorConfirmationState.REQUESTED, view.request().state());
    assertEquals(company, view.request().organisation());
    assertFalse(view.contentShown());
    AuditEntry entry = entries().get(entries().size() - 1);
    assertEquals("PRIOR_CONFIRMATION_REQUESTED", entry.action());
    assertFalse(entry.summary().contains("秘密"));
  }

  @Test
  void onlyAFilerAsks() {
    Result<PriorConfirmationView> result = commands.request(examiner, form());

    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(result));
    assertEquals(AuditOutcome.REJECTED, entries().get(entries().size() - 1).outcome());
  }

  @Test
  void anIncompleteRequestOrAFieldThatIsNoSpecifiedFieldIsRefused() {
    Result<PriorConfirmationView> result =
        commands.request(filer, new PriorConfirmationForm(" ", "要約", List.of(26), null, "PCT"));

    assertEquals(
        List.of("title", "inventionCompletedInJapan", "claimedFields"),
        result.errors().stream().map(Rejection::field).toList());
    assertTrue(store.search(null, new PageRequest(10, null)).items().isEmpty());
  }

  @Test
  void theExaminerAnswersAtOnceThatTheBanDoesNotApply() {
    CaseId id = requested();

    PriorConfirmationView view =
        accepted(commands.answer(examiner, id, null, BanAnswer.BAN_DOES_NOT_APPLY, "特定技術分野に該当しない"));

    assertEquals(PriorConfirmationState.ANSWERED, view.request().state());
    assertEquals(BanAnswer.BAN_DOES_NOT_APPLY, view.request().decision().answer());
    assertEquals(examiner.userId(), view.request().decision().decidedBy());
  }

  @Test
  void theBanAppliesOnlyAfterTheCabinetOfficeWasConsulted() {
    CaseId direct = requested();
    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(commands.answer(examiner, direct, null, BanAnswer.BAN_APPLIES, "該当")));

    CaseId id = consulted();
    PriorConfirmationView view =
        accepted(commands.answer(examiner, id, null, BanAnswer.BAN_APPLIES, "分野(3)に該当"));
    assertEquals(BanAnswer.BAN_APPLIES, view.request().decision().answer());
  }

  @Test
  void onlyASecurityReviewerRecordsTheConsultationAnswer() {
    CaseId id = requested();
    accepted(commands.sendForConsultation(examiner, id, null, null));

    assertEquals(
        List.of(ErrorCode.FORBIDDEN), codes(commands.recordConsultation(examiner, id, null, "回答")));
    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(commands.answer(examiner, id, null, BanAnswer.BAN_DOES_NOT_APPLY, "理由")));
  }

  @Test
  void theConsultationIsInternalToTheOffices() {
    CaseId id = consulted();

    assertTrue(queries.find(filer, id, false).orElseThrow().consultation().isEmpty());
    assertEquals(
        "保全の必要あり",
        queries.find(examiner, id, false).orElseThrow().consultation().orElseThrow().answer());
  }

  @Test
  void anotherCompanyADialogueOfficerAndAnAuditorAreToldNotFound() {
    CaseId id = requested();

    for (Actor stranger : List.of(otherFiler, officer, auditor)) {
      assertTrue(queries.find(stranger, id, true).isEmpty(), stranger.username());
      assertEquals(0, queries.search(stranger, new PageRequest(10, null), true).totalCount());
    }
    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(commands.answer(officer, id, null, BanAnswer.BAN_DOES_NOT_APPLY, "理由")));
  }

  @Test
  void aGrantHolderSeesTheRequestUntilTheGrantExpires() {
    CaseId id = requested();
    grantStore.insert(
        AccessGrant.granted(
            officer.userId(),
            id,
            "Expert opinion",
            reviewer.userId(),
            clock.instant(),
            clock.instant().plus(Duration.ofDays(1)),
            false));

    assertTrue(queries.find(officer, id, false).isPresent());
    clock.advance(Duration.ofDays(2));
    assertTrue(queries.find(officer, id, false).isEmpty());
  }

  @Test
  void everyReadOfTheContentIsAuditedAndAReadWithoutContentIsNot() {
    CaseId id = requested();

    queries.find(filer, id, false);
    queries.find(examiner, id, true);
    queries.search(reviewer, new PageRequest(10, null), true);

    List<AuditEntry> reads =
        entries().stream()
            .filter(e -> e.action().equals(AuditAction.SECRET_CONTENT_READ.code()))
            .toList();
    assertEquals(
        List.of(examiner.userId(), reviewer.userId()),
        reads.stream().map(AuditEntry::actorId).toList());
    assertTrue(reads.stream().allMatch(e -> id.equals(e.caseId())));
  }

  @Test
  void aFilerListsOnlyItsOwnOrganisationsRequests() {
    requested();
    accepted(commands.request(otherFiler, form()));

    assertEquals(1, queries.search(filer, new PageRequest(10, null), false).totalCount());
    assertEquals(2, queries.search(examiner, new PageRequest(10, null), false).totalCount());
  }
}
