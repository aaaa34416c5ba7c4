package dev.taiwa.cases.dialogue.application;

import static dev.taiwa.cases.dialogue.application.DialogueWorld.aPlan;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.accepted;
import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The closings without an inform ({@link dev.taiwa.cases.outcome.application.CaseConclusions}) and
 * the stage targets every transition keeps on the ledger, over the dialogue's in-memory world.
 */
class CaseConclusionsTest {
  private final DialogueWorld world = new DialogueWorld();
  private final OrganisationId company = OrganisationId.random();
  private final Actor filer = anActor().named("filer").filerOf(company);
  private final Actor officer = anActor().named("officer").dialogueOfficer();

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  private PreReport inDialogue() {
    PreReport report = world.underReview(filer, officer);
    Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
    accepted(world.commands.recordMeetingHeld(officer, meeting.id(), null, List.of(), List.of()));
    return world.preReports.find(report.id()).orElseThrow();
  }

  /** MET, CANCELLED or OPEN: where the case's deadline for {@code subject} stands. */
  private String status(PreReport report, String subject) {
    return world.ledger.ofCase(report.id()).stream()
        .filter(d -> d.subject().equals(subject))
        .map(
            d -> d.metOn().isPresent() ? "MET" : d.cancelledOn().isPresent() ? "CANCELLED" : "OPEN")
        .findFirst()
        .orElseThrow();
  }

  @Test
  void startingTheReviewOpensTheReviewTargetAndTheFirstMeetingHeldMeetsItAndOpensTheDialogueOne() {
    PreReport report = inDialogue();

    assertEquals(PreReportState.IN_DIALOGUE, report.state());
    assertEquals("MET", status(report, StageTargets.REVIEW));
    assertTrue(
        world.ledger.ofCase(report.id()).stream()
            .anyMatch(d -> d.subject().equals(StageTargets.DIALOGUE) && d.isOpen()));
  }

  @Test
  void closingWithMeasuresAgreedRecordsTheOutcomeAndCancelsWhatIsStillOwed() {
    PreReport report = inDialogue();
    accepted(world.queryCommands.ask(officer, report.id(), "質問", 10));

    PreReport closed =
        accepted(
            world.conclusions.closeWithMeasuresAgreed(
                officer, report.id(), null, List.of(" 出荷先を限定 ", "技術者の出向を制限"), "合意"));

    assertEquals(PreReportState.CLOSED_MEASURES_AGREED, closed.state());
    Outcome outcome = world.outcomes.findByCases(List.of(report.id())).get(report.id());
    assertEquals(OutcomeType.CLOSED_MEASURES_AGREED, outcome.type());
    assertEquals(List.of("出荷先を限定", "技術者の出向を制限"), outcome.items());
    assertEquals(officer.userId(), outcome.decidedBy());
    assertEquals("MET", status(report, StageTargets.DIALOGUE));
    assertTrue(world.ledger.ofCase(report.id()).stream().noneMatch(d -> d.isOpen()));
    assertEquals("PRE_REPORT_CLOSE_MEASURES_AGREED", world.auditLog.last().entry().action());
  }

  @Test
  void measuresAgreedNeedAtLeastOneMeasure() {
    PreReport report = inDialogue();

    Result<PreReport> result =
        world.conclusions.closeWithMeasuresAgreed(officer, report.id(), null, List.of(), "合意");

    assertEquals(List.of(ErrorCode.REQUIRED), codes(result));
    assertEquals("measures", result.errors().get(0).field());
    assertEquals(
        PreReportState.IN_DIALOGUE, world.preReports.find(report.id()).orElseThrow().state());
  }

  @Test
  void aCaseUnderReviewClosesWithNoConcernButNotWithMeasuresAgreed() {
    PreReport report = world.underReview(filer, officer);

    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(
            world.conclusions.closeWithMeasuresAgreed(
                officer, report.id(), null, List.of("措置"), "合意")));
    PreReport closed =
        accepted(world.conclusions.closeNoConcern(officer, report.id(), null, "懸念なし"));

    assertEquals(PreReportState.CLOSED_NO_CONCERN, closed.state());
    assertEquals("MET", status(report, StageTargets.REVIEW));
  }

  @Test
  void aSubmittedCaseIsMarkedNotReportableWithAReasonButTheCompanyCannotDoIt() {
    PreReport report = world.submittedBy(filer);

    assertEquals(
        List.of(ErrorCode.FORBIDDEN),
        codes(world.conclusions.markNotReportable(filer, report.id(), null, "グループA国向け")));
    assertEquals(
        List.of(ErrorCode.REQUIRED),
        codes(world.conclusions.markNotReportable(officer, report.id(), null, " ")));
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
    PreReport marked =
        accepted(world.conclusions.markNotReportable(officer, report.id(), null, "グループA国向け"));

    assertEquals(PreReportState.NOT_REPORTABLE, marked.state());
    assertEquals(
        "グループA国向け", world.outcomes.findByCases(List.of(report.id())).get(report.id()).summary());
  }

  @Test
  void withdrawingRecordsTheOutcomeAndCancelsTheOpenStageTarget() {
    PreReport report = world.underReview(filer, officer);

    accepted(world.preReportCommands.withdraw(filer, report.id(), null, "案件中止"));

    assertEquals("CANCELLED", status(report, StageTargets.REVIEW));
    Outcome outcome = world.outcomes.findByCases(List.of(report.id())).get(report.id());
    assertEquals(OutcomeType.WITHDRAWN, outcome.type());
    assertEquals("案件中止", outcome.summary());
  }
}
