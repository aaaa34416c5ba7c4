package dev.taiwa.cases.prereport.application;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static dev.taiwa.cases.kernel.ErrorCode.CONFLICT;
import static dev.taiwa.cases.kernel.ErrorCode.FORBIDDEN;
import static dev.taiwa.cases.kernel.ErrorCode.INVALID_STATE;
import static dev.taiwa.cases.kernel.ErrorCode.NOT_FOUND;
import static dev.taiwa.cases.kernel.ErrorCode.REQUIRED;
import static dev.taiwa.cases.kernel.ErrorCode.TECHNOLOGY_NOT_IN_FORCE;
import static dev.taiwa.cases.kernel.ErrorCode.UNKNOWN_COUNTRY;
import static dev.taiwa.cases.kernel.ErrorCode.UNKNOWN_TECHNOLOGY;
import static dev.taiwa.cases.prereport.application.PreReportWorld.accepted;
import static dev.taiwa.cases.prereport.model.PreReportFormFixture.aPreReportForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.prereport.model.LeadTime.LeadTimeStatus;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreReportCommandsTest {
  private final OrganisationId acme = OrganisationId.random();
  private final Actor filer = anActor().named("sato").filerOf(acme);
  private final Actor otherFiler = anActor().named("kim").filerOf(OrganisationId.random());
  private final Actor officer = anActor().named("tanaka").dialogueOfficer();
  private PreReportWorld world = new PreReportWorld();

  @AfterEach
  void theAuditChainStaysIntact() {
    assertTrue(
        new AuditTrail(world.auditLog, (actor, id) -> true, WithheldCases.none(), world.clock)
            .verify()
            .intact());
  }

  /** Runs a command expected to be refused; checks nothing changed and one REJECTED entry. */
  private Result<PreReport> refused(Supplier<Result<PreReport>> command, ErrorCode... codes) {
    Map<CaseId, PreReport> before = world.preReports.snapshot();
    int audited = world.auditLog.size();

    Result<PreReport> result = command.get();

    assertFalse(result.accepted());
    assertEquals(List.of(codes), result.errors().stream().map(Rejection::code).toList());
    assertEquals(before, world.preReports.snapshot(), "a refused command changes nothing");
    assertEquals(audited + 1, world.auditLog.size(), "exactly one audit entry");
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
    return result;
  }

  /** Runs a command expected to succeed; checks one ACCEPTED entry of {@code action}. */
  private PreReport acceptedWithOneAuditEvent(Supplier<Result<PreReport>> command, String action) {
    int audited = world.auditLog.size();

    PreReport report = accepted(command.get());

    assertEquals(audited + 1, world.auditLog.size(), "exactly one audit entry");
    AuditEvent event = world.auditLog.last();
    assertEquals(AuditOutcome.ACCEPTED, event.entry().outcome());
    assertEquals(action, event.entry().action());
    assertEquals(report.id(), event.entry().caseId());
    assertEquals(report, world.preReports.find(report.id()).orElseThrow(), "stored as returned");
    return report;
  }

  private static List<String> fields(Result<?> result) {
    return result.errors().stream().map(Rejection::field).toList();
  }

  @Nested
  class CreatingADraft {
    @Test
    void aFilerCreatesADraftForItsOwnOrganisation() {
      PreReport draft =
          acceptedWithOneAuditEvent(
              () -> world.commands.createDraft(filer, aPreReportForm().build()),
              "PRE_REPORT_DRAFT_CREATED");

      assertEquals(PreReportState.DRAFT, draft.state());
      assertEquals(acme, draft.organisationId());
      assertEquals(filer.userId(), draft.createdBy());
      assertEquals("PR-2026-000001", draft.reference().value());
      assertEquals(1, draft.version());
      assertEquals(TestClock.NOW, draft.createdAt());
      assertEquals(TestClock.NOW, draft.updatedAt());
      assertNull(draft.submittedAt());
      assertEquals(1, world.unitOfWork.transactions());
    }

    @Test
    void referenceNumbersCountUpWithinTheYear() {
      world.draftBy(filer);
      world.draftBy(otherFiler);

      assertEquals("PR-2026-000003", world.draftBy(filer).reference().value());
    }

    @Test
    void theReferenceYearIsTheYearInTokyo() {
      world = new PreReportWorld(TestClock.at(Instant.parse("2026-12-31T15:30:00Z")));

      assertEquals("PR-2027-000001", world.draftBy(filer).reference().value());
    }

    @Test
    void anIncompleteDraftIsAccepted() {
      PreReport draft = accepted(world.commands.createDraft(filer, PreReportForm.empty()));

      assertEquals(PreReportForm.empty(), draft.form());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "FILER", mode = EnumSource.Mode.EXCLUDE)
    void onlyAFilerMayCreateADraft(Role role) {
      Actor actor = anActor().withRole(role);

      Result<PreReport> result =
          refused(() -> world.commands.createDraft(actor, aPreReportForm().build()), FORBIDDEN);

      assertEquals(Optional.empty(), result.value());
      assertEquals("PRE_REPORT_DRAFT_CREATED", world.auditLog.last().entry().action());
      assertEquals(actor.userId(), world.auditLog.last().entry().actorId());
    }

    @Test
    void anUnknownTechnologyIsRefusedWithItsFieldPath() {
      Result<PreReport> result =
          refused(
              () ->
                  world.commands.createDraft(
                      filer, aPreReportForm().withTechnologies(1, 99).build()),
              UNKNOWN_TECHNOLOGY);

      assertEquals(List.of("technologyNumbers[1]"), fields(result));
      assertEquals(
          "Refused: UNKNOWN_TECHNOLOGY technologyNumbers[1]",
          world.auditLog.last().entry().summary());
    }

    @Test
    void aPlannedDateInThePastIsAllowedSoThatALateReportCanBeFiled() {
      PreReport draft =
          accepted(
              world.commands.createDraft(
                  filer, aPreReportForm().plannedOn(TestClock.TODAY.minusDays(1)).build()));

      assertEquals(TestClock.TODAY.minusDays(1), draft.form().plannedDate());
    }

    @Test
    void aTechnologyNotYetInForceIsRefused() {
      world = new PreReportWorld(TestClock.on(LocalDate.of(2026, 6, 1)));

      Result<PreReport> result =
          refused(
              () ->
                  world.commands.createDraft(
                      filer,
                      aPreReportForm()
                          .withTechnologies(22)
                          .plannedOn(LocalDate.of(2026, 9, 1))
                          .build()),
              TECHNOLOGY_NOT_IN_FORCE);

      assertEquals(List.of("technologyNumbers[0]"), fields(result));
    }
  }

  @Nested
  class GivenADraft {
    private PreReport draft;

    @BeforeEach
    void aFilerHasADraft() {
      draft = world.draftBy(filer);
    }

    @Test
    void theFilerReplacesTheFormAndTheAuditNamesTheChangedFields() {
      world.clock.advance(Duration.ofHours(1));
      PreReportForm changed = aPreReportForm().withTechnologies(1, 6).withCountry("VN").build();

      PreReport updated =
          acceptedWithOneAuditEvent(
              () -> world.commands.updateDraft(filer, draft.id(), 1, changed),
              "PRE_REPORT_DRAFT_UPDATED");

      assertEquals(changed, updated.form());
      assertEquals(2, updated.version());
      assertEquals(TestClock.NOW.plus(Duration.ofHours(1)), updated.updatedAt());
      assertEquals(draft.createdAt(), updated.createdAt());
      assertEquals(
          "Draft updated; changed technologyNumbers, counterparty.countryCode",
          world.auditLog.last().entry().summary());
    }

    @Test
    void aStaleVersionIsAConflict() {
      world.commands.updateDraft(
          filer, draft.id(), 1, aPreReportForm().withTechnologies(2).build());

      Result<PreReport> result =
          refused(
              () -> world.commands.updateDraft(filer, draft.id(), 1, PreReportForm.empty()),
              CONFLICT);

      assertEquals(2, result.value().orElseThrow().version(), "the current case comes back");
    }

    @Test
    void aConcurrentWriteBetweenReadAndStoreIsAConflict() {
      world.preReports.simulateConcurrentChangeOnNextUpdate();

      refused(() -> world.commands.submit(filer, draft.id(), null), CONFLICT);
    }

    @Test
    void anotherOrganisationsFilerIsToldItDoesNotExist() {
      Result<PreReport> result =
          refused(
              () -> world.commands.updateDraft(otherFiler, draft.id(), 1, PreReportForm.empty()),
              NOT_FOUND);

      assertEquals(Optional.empty(), result.value());
      assertEquals(draft.id(), world.auditLog.last().entry().caseId());
      assertEquals(otherFiler.userId(), world.auditLog.last().entry().actorId());
    }

    @Test
    void aHiddenCaseLooksExactlyLikeAMissingOne() {
      CaseId missing = CaseId.random();
      Result<PreReport> hidden = world.commands.submit(otherFiler, draft.id(), null);
      Result<PreReport> absent = world.commands.submit(otherFiler, missing, null);

      assertEquals(
          hidden.errors().get(0).message().replace(draft.id().toString(), "<id>"),
          absent.errors().get(0).message().replace(missing.toString(), "<id>"));
      assertEquals(absent.value(), hidden.value());
      assertEquals(missing, world.auditLog.last().entry().caseId());
    }

    @Test
    void aRoleWithoutPreReportAccessIsToldItDoesNotExist() {
      refused(() -> world.commands.submit(anActor().auditor(), draft.id(), null), NOT_FOUND);
    }

    @Test
    void aDraftIsNotFoundForAnOfficerWhoTriesToEditIt() {
      Result<PreReport> result =
          refused(
              () -> world.commands.updateDraft(officer, draft.id(), 1, PreReportForm.empty()),
              NOT_FOUND);

      assertEquals(Optional.empty(), result.value());
    }

    @Test
    void aDraftIsNotFoundForAnOfficerWhoTriesToReviewIt() {
      refused(() -> world.commands.startReview(officer, draft.id(), null), NOT_FOUND);
    }

    @Test
    void anInvalidUpdateIsRefusedWithEveryProblem() {
      PreReportForm bad = aPreReportForm().withTechnologies(99).withCountry("XX").build();

      Result<PreReport> result =
          refused(
              () -> world.commands.updateDraft(filer, draft.id(), 1, bad),
              UNKNOWN_TECHNOLOGY,
              UNKNOWN_COUNTRY);

      assertEquals(List.of("technologyNumbers[0]", "counterparty.countryCode"), fields(result));
    }

    @Test
    void theFilerSubmitsAndTheLeadTimeIsAssessed() {
      world.clock.advance(Duration.ofDays(1));

      PreReport submitted =
          acceptedWithOneAuditEvent(
              () -> world.commands.submit(filer, draft.id(), null), "PRE_REPORT_SUBMITTED");

      assertEquals(PreReportState.SUBMITTED, submitted.state());
      assertEquals(world.clock.instant(), submitted.submittedAt());
      assertEquals(LeadTimeStatus.ON_TIME, submitted.leadTime().status());
      assertEquals(59, submitted.leadTime().daysBeforePlannedDate());
      assertEquals(2, submitted.version());
    }

    @Test
    void aPlannedDateThatPassedBeforeSubmissionNeedsTheReasonAndIsFlaggedLate() {
      world.clock.advance(Duration.ofDays(61));

      Result<PreReport> unexplained =
          refused(() -> world.commands.submit(filer, draft.id(), null), REQUIRED);
      assertEquals(List.of("lateExplanation"), fields(unexplained));
      PreReport explained =
          accepted(
              world.commands.updateDraft(
                  filer,
                  draft.id(),
                  1,
                  aPreReportForm().withLateExplanation("契約後に該当を把握したため").build()));
      PreReport submitted = accepted(world.commands.submit(filer, explained.id(), null));

      assertEquals(LeadTimeStatus.LATE, submitted.leadTime().status());
      assertEquals(-1, submitted.leadTime().daysBeforePlannedDate());
      assertEquals("契約後に該当を把握したため", submitted.form().lateExplanation());
    }

    @Test
    void submittingWithoutACounterpartyIsRefused() {
      PreReport incomplete = world.draftBy(filer, aPreReportForm().withoutCounterparty().build());

      Result<PreReport> result =
          refused(() -> world.commands.submit(filer, incomplete.id(), null), REQUIRED);

      assertEquals(List.of("counterparty"), fields(result));
      assertEquals(Optional.of(incomplete), result.value());
    }

    @Test
    void submittingAnEmptyDraftListsEveryMissingField() {
      PreReport empty = world.draftBy(filer, PreReportForm.empty());

      Result<PreReport> result = world.commands.submit(filer, empty.id(), null);

      assertEquals(8, result.errors().size());
      assertTrue(result.errors().stream().allMatch(r -> r.code() == REQUIRED));
      assertTrue(
          world.auditLog.last().entry().summary().startsWith("Refused: REQUIRED contact.name, "));
    }

    @Test
    void withdrawingNeedsAReason() {
      Result<PreReport> result =
          refused(() -> world.commands.withdraw(filer, draft.id(), null, "  "), REQUIRED);

      assertEquals(List.of("reason"), fields(result));
    }

    @Test
    void theFilerWithdrawsWithAReason() {
      PreReport withdrawn =
          acceptedWithOneAuditEvent(
              () -> world.commands.withdraw(filer, draft.id(), null, "Customer\ncancelled"),
              "PRE_REPORT_WITHDRAWN");

      assertEquals(PreReportState.WITHDRAWN, withdrawn.state());
      assertEquals(
          "Withdrawn from DRAFT; reason: Customer cancelled",
          world.auditLog.last().entry().summary());
    }
  }

  @Nested
  class GivenASubmittedReport {
    private PreReport submitted;

    @BeforeEach
    void aFilerHasSubmitted() {
      submitted = world.submittedBy(filer);
    }

    @Test
    void anOfficerStartsTheReview() {
      PreReport reviewing =
          acceptedWithOneAuditEvent(
              () -> world.commands.startReview(officer, submitted.id(), null),
              "PRE_REPORT_REVIEW_STARTED");

      assertEquals(PreReportState.UNDER_REVIEW, reviewing.state());
      assertEquals(submitted.leadTime(), reviewing.leadTime());
      assertEquals(submitted.submittedAt(), reviewing.submittedAt());
    }

    @Test
    void theFilerMayNotStartTheReview() {
      refused(() -> world.commands.startReview(filer, submitted.id(), null), FORBIDDEN);
    }

    @Test
    void aFilerWhoIsAlsoAnOfficerStartsTheReviewAsOfficer() {
      Actor both = anActor().withRoles(acme, Role.FILER, Role.DIALOGUE_OFFICER);

      assertEquals(
          PreReportState.UNDER_REVIEW,
          accepted(world.commands.startReview(both, submitted.id(), null)).state());
    }

    @Test
    void theFormCanNoLongerBeEdited() {
      refused(
          () -> world.commands.updateDraft(filer, submitted.id(), 2, PreReportForm.empty()),
          INVALID_STATE);
    }

    @Test
    void itCannotBeSubmittedTwice() {
      refused(() -> world.commands.submit(filer, submitted.id(), null), INVALID_STATE);
    }

    @Test
    void anotherOrganisationsFilerCannotWithdrawIt() {
      refused(
          () -> world.commands.withdraw(otherFiler, submitted.id(), null, "not ours"), NOT_FOUND);
    }

    @Test
    void theFilerWithdrawsIt() {
      assertEquals(
          PreReportState.WITHDRAWN,
          accepted(world.commands.withdraw(filer, submitted.id(), null, "Deal abandoned")).state());
    }
  }

  @Nested
  class GivenAReportUnderReview {
    @Test
    void theFilerMayStillWithdrawIt() {
      PreReport reviewing = world.underReview(filer, officer);

      PreReport withdrawn =
          accepted(world.commands.withdraw(filer, reviewing.id(), null, "Deal abandoned"));

      assertEquals(PreReportState.WITHDRAWN, withdrawn.state());
      assertEquals(
          "Withdrawn from UNDER_REVIEW; reason: Deal abandoned",
          world.auditLog.last().entry().summary());
    }

    @Test
    void theOfficerMayNotWithdrawIt() {
      PreReport reviewing = world.underReview(filer, officer);

      refused(() -> world.commands.withdraw(officer, reviewing.id(), null, "no"), FORBIDDEN);
    }
  }

  @Nested
  class GivenAWithdrawnReport {
    @Test
    void nothingMoreCanBeDone() {
      PreReport withdrawn = world.withdrawnBy(filer);

      refused(() -> world.commands.withdraw(filer, withdrawn.id(), null, "again"), INVALID_STATE);
      refused(() -> world.commands.submit(filer, withdrawn.id(), null), INVALID_STATE);
      refused(() -> world.commands.startReview(officer, withdrawn.id(), null), INVALID_STATE);
    }
  }
}
