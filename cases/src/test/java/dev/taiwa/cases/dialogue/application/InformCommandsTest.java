package dev.taiwa.cases.dialogue.application;

import static dev.taiwa.cases.dialogue.application.DialogueWorld.aPlan;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.accepted;
import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inform, the licence application and the decision, over the dialogue's in-memory world. */
class InformCommandsTest {
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

  private Result<PreReport> issue(Actor by, PreReport report, List<UUID> cited) {
    return world.informCommands.issue(by, report.id(), null, cited, List.of("再移転の禁止"), "懸念払拭せず");
  }

  private String state(PreReport report) {
    return world.preReports.find(report.id()).orElseThrow().state().name();
  }

  @Test
  void anInformCitingAnUnresolvedConcernOpensTheApplicationDeadlineAndTellsTheCompany() {
    PreReport report = inDialogue();
    Concern concern = world.raise(officer, report);

    PreReport informed = accepted(issue(officer, report, List.of(concern.id())));

    assertEquals(PreReportState.INFORM_ISSUED, informed.state());
    Inform inform = world.informs.informsOf(List.of(report.id())).get(report.id());
    assertEquals(List.of(concern.id()), inform.citedConcerns());
    assertEquals(List.of("再移転の禁止"), inform.proposedConditions());
    assertTrue(
        world.ledger.ofCase(report.id()).stream()
            .anyMatch(
                d ->
                    d.subject().equals(StageTargets.INFORM)
                        && d.isOpen()
                        && d.due().equals(inform.applicationDue())));
    List<NotificationKind> told = world.outbox.kinds();
    assertEquals(NotificationKind.INFORM_ISSUED, told.get(told.size() - 1));
  }

  @Test
  void anInformWithoutAnUnresolvedConcernIsRefusedAndChangesNothing() {
    PreReport report = inDialogue();
    Concern concern = world.raise(officer, report);
    accepted(world.commands.resolveConcern(officer, concern.id(), null, "解消"));
    PreReport other = inDialogue();
    Concern ofOther = world.raise(officer, other);

    assertEquals(List.of(ErrorCode.REQUIRED), codes(issue(officer, report, List.of())));
    assertEquals(
        List.of(ErrorCode.NOT_AN_UNRESOLVED_CONCERN),
        codes(issue(officer, report, List.of(concern.id()))));
    assertEquals(
        List.of(ErrorCode.NOT_AN_UNRESOLVED_CONCERN),
        codes(issue(officer, report, List.of(ofOther.id()))));
    assertEquals("IN_DIALOGUE", state(report));
    assertTrue(world.informs.informsOf(List.of(report.id())).isEmpty());
  }

  @Test
  void onlyAnOfficerInformsAndOnlyInDialogue() {
    PreReport underReview = world.underReview(filer, officer);
    Concern concern = world.raise(officer, underReview);
    PreReport report = inDialogue();
    Concern other = world.raise(officer, report);

    assertEquals(
        List.of(ErrorCode.INVALID_STATE),
        codes(issue(officer, underReview, List.of(concern.id()))));
    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(issue(filer, report, List.of(other.id()))));
  }

  @Test
  void theCompanyAppliesAnsweringEveryConditionAndTheOfficerGrantsWithConditions() {
    PreReport report = inDialogue();
    accepted(issue(officer, report, List.of(world.raise(officer, report).id())));

    assertEquals(
        List.of(ErrorCode.REQUIRED),
        codes(
            world.informCommands.applyForLicence(
                filer, report.id(), null, "ABC-1", world.ledger.today(), List.of())));
    assertEquals(
        List.of(ErrorCode.REQUIRED),
        codes(
            world.informCommands.applyForLicence(
                filer,
                report.id(),
                null,
                "ABC-1",
                world.ledger.today(),
                List.of(new ConditionResponse(0, false, " ")))));
    PreReport applied =
        accepted(
            world.informCommands.applyForLicence(
                filer,
                report.id(),
                null,
                "ABC-1",
                world.ledger.today(),
                List.of(new ConditionResponse(0, false, "範囲が広すぎる"))));
    assertEquals(PreReportState.LICENCE_APPLIED, applied.state());
    assertTrue(
        world.ledger.ofCase(report.id()).stream()
            .anyMatch(d -> d.subject().equals(StageTargets.INFORM) && d.metOn().isPresent()));

    assertEquals(
        List.of(ErrorCode.REQUIRED),
        codes(
            world.conclusions.decideLicence(
                officer,
                report.id(),
                null,
                LicenceDecision.GRANTED_WITH_CONDITIONS,
                List.of(),
                "許可")));
    assertEquals(
        List.of(ErrorCode.FORBIDDEN),
        codes(
            world.conclusions.decideLicence(
                filer, report.id(), null, LicenceDecision.GRANTED, List.of(), "許可")));
    PreReport granted =
        accepted(
            world.conclusions.decideLicence(
                officer,
                report.id(),
                null,
                LicenceDecision.GRANTED_WITH_CONDITIONS,
                List.of("第三国への再移転禁止"),
                "条件付き許可"));

    assertEquals(PreReportState.LICENCE_GRANTED_WITH_CONDITIONS, granted.state());
    assertEquals(
        OutcomeType.LICENCE_GRANTED_WITH_CONDITIONS,
        world.outcomes.findByCases(List.of(report.id())).get(report.id()).type());
    assertTrue(world.ledger.ofCase(report.id()).stream().noneMatch(d -> d.isOpen()));
  }

  @Test
  void aRefusalNeedsReasons() {
    PreReport report = inDialogue();
    accepted(issue(officer, report, List.of(world.raise(officer, report).id())));
    accepted(
        world.informCommands.applyForLicence(
            filer,
            report.id(),
            null,
            "ABC-1",
            world.ledger.today(),
            List.of(new ConditionResponse(0, true, null))));

    Result<PreReport> result =
        world.conclusions.decideLicence(
            officer, report.id(), null, LicenceDecision.REFUSED, List.of(), "不許可");

    assertEquals("reasons", result.errors().get(0).field());
    assertEquals("LICENCE_APPLIED", state(report));
  }
}
