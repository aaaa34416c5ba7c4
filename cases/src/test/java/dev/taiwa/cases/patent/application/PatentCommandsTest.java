package dev.taiwa.cases.patent.application;

import static dev.taiwa.cases.patent.application.PatentWorld.accepted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.model.AdditionalRequirementFacts;
import dev.taiwa.cases.patent.model.FilingRoute;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.PatentState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatentCommandsTest {
  private final PatentWorld world = new PatentWorld();

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private PatentApplicationForm with(
      String number, LocalDate filed, FilingRoute route, List<String> ipc) {
    PatentApplicationForm f = world.form();
    return new PatentApplicationForm(
        number == null
            ? (filed == null
                ? f.applicationNumber()
                : filed.getYear() + f.applicationNumber().substring(4))
            : number,
        filed == null ? f.filingDate() : filed,
        f.applicants(),
        f.inventionCompletedInJapan(),
        f.title(),
        f.abstractText(),
        f.claims(),
        ipc == null ? f.ipcCodes() : ipc,
        route == null ? f.route() : route,
        f.additionalFacts());
  }

  @Test
  void anExaminerRegistersAnApplicationForScreeningAndBecomesItsExaminer() {
    PatentApplication application =
        accepted(world.commands.register(world.examiner, world.form())).application();

    assertEquals(PatentState.UNDER_SCREENING, application.state());
    assertEquals(world.examiner.userId(), application.assignedExaminer());
    assertEquals(LocalDate.of(2025, 9, 2), application.screeningDue());
    assertEquals(AuditOutcome.ACCEPTED, world.auditLog.last().entry().outcome());
  }

  @Test
  void anApplicationFiledBeforeMay2024IsRecordedOutsideScreeningWithTheReason() {
    PatentApplication application =
        accepted(
                world.commands.register(
                    world.examiner, with(null, LocalDate.of(2024, 4, 1), null, null)))
            .application();

    assertEquals(PatentState.OUTSIDE_SCREENING, application.state());
    assertTrue(application.outsideReason().contains("附則"));
    assertNull(application.screeningDue());
  }

  @Test
  void aPctNationalPhaseEntryIsRecordedOutsideScreening() {
    PatentApplication application =
        accepted(
                world.commands.register(
                    world.examiner, with(null, null, FilingRoute.PCT_NATIONAL_PHASE, null)))
            .application();

    assertEquals(PatentState.OUTSIDE_SCREENING, application.state());
    assertTrue(application.outsideReason().contains("第66条第5項"));
  }

  @Test
  void onlyAnExaminerMayRegisterAndTheRefusalIsAudited() {
    Result<?> result = world.commands.register(world.filer, world.form());

    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(result));
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
  }

  @Test
  void malformedNumbersIpcCodesAndUnknownApplicantsAreRefusedOnTheirFields() {
    PatentApplicationForm f = with("2025-12", null, null, List.of("F41G 7/00", "nonsense"));
    PatentApplicationForm unknown =
        new PatentApplicationForm(
            f.applicationNumber(),
            f.filingDate(),
            List.of(OrganisationId.random()),
            true,
            f.title(),
            null,
            null,
            f.ipcCodes(),
            f.route(),
            AdditionalRequirementFacts.none());

    Result<?> result = world.commands.register(world.examiner, unknown);

    assertEquals(
        List.of("applicationNumber", "applicants", "ipcCodes.1"),
        result.errors().stream().map(Rejection::field).toList());
  }

  @Test
  void aNumberCannotBeRegisteredTwice() {
    PatentApplicationForm form = world.form();
    accepted(world.commands.register(world.examiner, form));

    assertEquals(
        List.of(ErrorCode.DUPLICATE), codes(world.commands.register(world.examiner, form)));
  }

  @Test
  void theExaminerSendsAnApplicationToReviewWithItsMatchedFields() {
    CaseId id = world.sentToReview();

    PatentApplication stored = world.store.find(id).orElseThrow();
    assertEquals(PatentState.SENT_TO_REVIEW, stored.state());
    assertEquals(List.of(3), stored.matchedFields());
  }

  @Test
  void theAnswerToADecisionThatMakesTheContentSecretWithholdsIt() {
    CaseId id = world.registered();
    PatentApplicationView view =
        accepted(
            world.withinScreening(
                () ->
                    world.commands.decideScreening(
                        world.examiner,
                        id,
                        null,
                        ScreeningOutcome.SEND_TO_REVIEW,
                        List.of(3),
                        "該当")));

    assertTrue(view.secretWithheld());
    assertTrue(view.content().isEmpty());
  }

  @Test
  void sendingToReviewNeedsAFieldAndAReason() {
    CaseId id = world.registered();

    Result<?> result =
        world.withinScreening(
            () ->
                world.commands.decideScreening(
                    world.examiner, id, null, ScreeningOutcome.SEND_TO_REVIEW, List.of(), " "));

    assertEquals(List.of(ErrorCode.REQUIRED, ErrorCode.REQUIRED), codes(result));
  }

  @Test
  void aFieldNeedingTheAdditionalRequirementIsRefusedWhenNoFactMeetsIt() {
    CaseId id = world.registered();

    Result<?> result =
        world.withinScreening(
            () ->
                world.commands.decideScreening(
                    world.examiner, id, null, ScreeningOutcome.SEND_TO_REVIEW, List.of(12), "潜水船"));

    assertEquals("matchedFields.0", result.errors().get(0).field());
  }

  @Test
  void notSendingMovesTheApplicationToNotSent() {
    CaseId id = world.registered();
    accepted(
        world.commands.decideScreening(
            world.examiner, id, null, ScreeningOutcome.NOT_SENT, List.of(), "該当分野なし"));

    assertEquals(PatentState.NOT_SENT, world.store.find(id).orElseThrow().state());
  }

  @Test
  void aFilerCannotDecideScreening() {
    CaseId id = world.registered();

    assertEquals(
        List.of(ErrorCode.FORBIDDEN),
        codes(
            world.commands.decideScreening(
                world.filer, id, null, ScreeningOutcome.NOT_SENT, List.of(), "x")));
  }

  @Test
  void anApplicantAsksForSecurityReview() {
    CaseId id = world.registered();
    accepted(world.commands.requestSecurityReview(world.coFiler, id, null, null));

    assertEquals(PatentState.SENT_TO_REVIEW, world.store.find(id).orElseThrow().state());
  }

  @Test
  void anotherCompanyAskingForReviewGetsNotFoundLikeAMissingApplication() {
    CaseId id = world.registered();

    assertEquals(
        codes(
            world.commands.requestSecurityReview(world.strangerFiler, CaseId.random(), null, null)),
        codes(world.commands.requestSecurityReview(world.strangerFiler, id, null, null)));
    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(world.commands.requestSecurityReview(world.strangerFiler, id, null, null)));
    assertFalse(world.store.find(id).orElseThrow().state().isSecret());
  }
}
