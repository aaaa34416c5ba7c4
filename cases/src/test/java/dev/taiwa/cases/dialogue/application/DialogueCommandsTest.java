package dev.taiwa.cases.dialogue.application;

import static dev.taiwa.cases.dialogue.application.DialogueWorld.CONCERN_INFORMATION;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.INTERNAL_AGENDA;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.INTERNAL_FOLLOW_UP;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.INTERNAL_MINUTE;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.aPlan;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.accepted;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.someFollowUps;
import static dev.taiwa.cases.dialogue.application.DialogueWorld.someMinutes;
import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DialogueCommandsTest {
  private final DialogueWorld world = new DialogueWorld();
  private final OrganisationId company = OrganisationId.random();
  private final Actor filer = anActor().named("filer").filerOf(company);
  private final Actor stranger = anActor().named("stranger").filerOf(OrganisationId.random());
  private final Actor officer = anActor().named("officer").dialogueOfficer();

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  @Nested
  class Meetings {
    @Test
    void anOfficerSchedulesAMeetingOnACaseUnderReview() {
      PreReport report = world.underReview(filer, officer);

      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));

      assertEquals(MeetingState.SCHEDULED, meeting.state());
      assertEquals(List.of(meeting), world.meetings.findByCases(List.of(report.id())));
      assertEquals("DIALOGUE_SCHEDULE_MEETING", lastAudit().entry().action());
      assertEquals(AuditOutcome.ACCEPTED, lastAudit().entry().outcome());
    }

    @Test
    void aMeetingStartingInThePastIsRefusedAndSoIsARescheduleIntoThePast() {
      PreReport report = world.underReview(filer, officer);
      MeetingPlan past =
          new MeetingPlan(
              world.clock.instant().minusSeconds(60), "会議室", null, List.of(), List.of(), List.of());

      Result<Meeting> result = world.commands.scheduleMeeting(officer, report.id(), past);

      assertEquals(List.of(ErrorCode.DATE_IN_PAST), codes(result));
      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      assertEquals(
          List.of(ErrorCode.DATE_IN_PAST),
          codes(
              world.commands.rescheduleMeeting(
                  officer, meeting.id(), null, world.clock.instant().minusSeconds(1), "都合")));
    }

    @Test
    void aMeetingNeedsAPlaceOrAnOnlineLink() {
      PreReport report = world.underReview(filer, officer);
      MeetingPlan nowhere =
          new MeetingPlan(aPlan().startsAt(), " ", null, List.of(), List.of(), List.of());

      Result<Meeting> result = world.commands.scheduleMeeting(officer, report.id(), nowhere);

      assertEquals(List.of(ErrorCode.REQUIRED), codes(result));
      assertEquals("place", result.errors().get(0).field());
      assertEquals(AuditOutcome.REJECTED, lastAudit().entry().outcome());
    }

    @Test
    void aSubmittedCaseHasNoDialogueYet() {
      PreReport report = world.submittedBy(filer);

      assertEquals(
          List.of(ErrorCode.INVALID_STATE),
          codes(world.commands.scheduleMeeting(officer, report.id(), aPlan())));
    }

    @Test
    void aFilerMayNotScheduleAMeetingAndAStrangerDoesNotSeeTheCase() {
      PreReport report = world.underReview(filer, officer);

      assertEquals(
          List.of(ErrorCode.FORBIDDEN),
          codes(world.commands.scheduleMeeting(filer, report.id(), aPlan())));
      assertEquals(
          List.of(ErrorCode.NOT_FOUND),
          codes(world.commands.scheduleMeeting(stranger, report.id(), aPlan())));
      assertTrue(world.meetings.findByCases(List.of(report.id())).isEmpty());
    }

    @Test
    void theFirstMeetingHeldMovesTheCaseIntoDialogueAndTheSecondLeavesIt() {
      PreReport report = world.underReview(filer, officer);
      Meeting first = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      Meeting second = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));

      accepted(
          world.commands.recordMeetingHeld(officer, first.id(), null, someMinutes(), List.of()));
      assertEquals(PreReportState.IN_DIALOGUE, world.preReports.find(report.id()).get().state());
      long version = world.preReports.find(report.id()).get().version();
      Meeting held =
          accepted(
              world.commands.recordMeetingHeld(
                  officer, second.id(), null, someMinutes(), List.of()));

      assertEquals(MeetingState.HELD, held.state());
      assertEquals(version, world.preReports.find(report.id()).get().version());
      assertTrue(
          world.auditLog.events().stream()
              .anyMatch(e -> e.entry().action().equals("PRE_REPORT_DIALOGUE_STARTED")));
    }

    @Test
    void aHeldMeetingCannotBeRescheduledOrCancelled() {
      PreReport report = world.underReview(filer, officer);
      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      accepted(world.commands.recordMeetingHeld(officer, meeting.id(), null, List.of(), List.of()));

      assertEquals(
          List.of(ErrorCode.INVALID_STATE),
          codes(
              world.commands.rescheduleMeeting(
                  officer, meeting.id(), null, aPlan().startsAt(), "都合により")));
      assertEquals(
          List.of(ErrorCode.INVALID_STATE),
          codes(world.commands.cancelMeeting(officer, meeting.id(), null, "不要")));
    }

    @Test
    void rescheduleKeepsTheMeetingScheduledAndCancelNeedsAReason() {
      PreReport report = world.underReview(filer, officer);
      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));

      Meeting moved =
          accepted(
              world.commands.rescheduleMeeting(
                  officer, meeting.id(), null, aPlan().startsAt().plusSeconds(3600), "先方の都合"));

      assertEquals(MeetingState.SCHEDULED, moved.state());
      assertEquals(aPlan().startsAt().plusSeconds(3600), moved.startsAt());
      assertEquals(
          List.of(ErrorCode.REQUIRED),
          codes(world.commands.cancelMeeting(officer, meeting.id(), null, "")));
      assertEquals(
          MeetingState.CANCELLED,
          accepted(world.commands.cancelMeeting(officer, meeting.id(), null, "中止")).state());
    }

    @Test
    void theCompanysFilersAreToldOfEveryScheduledRescheduledAndCancelledMeeting() {
      PreReport report = world.underReview(filer, officer);
      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      accepted(
          world.commands.rescheduleMeeting(
              officer, meeting.id(), null, aPlan().startsAt().plusSeconds(3600), "先方の都合"));
      world.commands.cancelMeeting(officer, meeting.id(), null, "");
      accepted(world.commands.cancelMeeting(officer, meeting.id(), null, "中止"));

      assertEquals(
          List.of(
              NotificationKind.MEETING_SCHEDULED,
              NotificationKind.MEETING_CHANGED,
              NotificationKind.MEETING_CHANGED),
          world.outbox.published().stream().map(NotificationDraft::kind).toList());
      NotificationDraft first = world.outbox.published().get(0);
      assertEquals(
          new Recipient.RoleInOrganisation(report.organisationId(), Role.FILER), first.recipient());
      assertEquals(report.reference().value(), first.caseReference());
    }
  }

  @Nested
  class Concerns {
    @Test
    void theCompanyAnswersAndTheOfficerJudgesAndMayChangeTheJudgement() {
      PreReport report = world.underReview(filer, officer);
      Concern concern = world.raise(officer, report);

      Concern answered =
          accepted(
              world.commands.answerConcern(
                  filer,
                  concern.id(),
                  null,
                  "出荷先を限定します",
                  world
                      .clock
                      .instant()
                      .atZone(java.time.ZoneOffset.UTC)
                      .toLocalDate()
                      .plusDays(30)));
      assertEquals(ConcernState.ANSWERED, answered.state());
      assertEquals(1, answered.answers().size());
      assertEquals(
          ConcernState.RESOLVED,
          accepted(world.commands.resolveConcern(officer, concern.id(), null, "措置で十分")).state());
      assertEquals(
          ConcernState.UNRESOLVED,
          accepted(world.commands.markConcernUnresolved(officer, concern.id(), null, "追加情報あり"))
              .state());
    }

    @Test
    void onlyTheCompanyAnswersAndOnlyOfficersJudge() {
      PreReport report = world.underReview(filer, officer);
      Concern concern = world.raise(officer, report);

      assertEquals(
          List.of(ErrorCode.FORBIDDEN),
          codes(world.commands.answerConcern(officer, concern.id(), null, "x", aPlanDate())));
      assertEquals(
          List.of(ErrorCode.NOT_FOUND),
          codes(world.commands.answerConcern(stranger, concern.id(), null, "x", aPlanDate())));
      assertEquals(
          List.of(ErrorCode.FORBIDDEN),
          codes(world.commands.resolveConcern(filer, concern.id(), null, "自分で解決")));
      assertEquals(ConcernState.RAISED, world.concerns.find(concern.id()).get().state());
    }

    @Test
    void unresolvedConcernsListsEveryConcernNotResolved() {
      PreReport report = world.underReview(filer, officer);
      Concern first = world.raise(officer, report);
      Concern second = world.raise(officer, report);
      Concern third = world.raise(officer, report);
      accepted(world.commands.resolveConcern(officer, first.id(), null, "解消"));
      accepted(world.commands.markConcernUnresolved(officer, second.id(), null, "未解消"));

      assertEquals(
          List.of(second.id(), third.id()),
          world.queries.unresolvedConcerns(officer, report.id()).stream()
              .map(Concern::id)
              .toList());
      assertTrue(world.queries.unresolvedConcerns(stranger, report.id()).isEmpty());
    }

    private java.time.LocalDate aPlanDate() {
      return java.time.LocalDate.of(2027, 1, 31);
    }
  }

  @Nested
  class Visibility {
    @Test
    void theCompanyNeverReadsInternalNotesFollowUpsOrConcernInformation() {
      PreReport report = world.underReview(filer, officer);
      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      accepted(
          world.commands.recordMeetingHeld(
              officer, meeting.id(), null, someMinutes(), someFollowUps()));
      Concern concern = world.raise(officer, report);
      PreReport now = world.preReports.find(report.id()).get();

      Meeting seen = world.queries.meetingsOf(filer, List.of(now)).get(now.id()).get(0);
      Concern seenConcern = world.queries.concernsOf(filer, List.of(now)).get(now.id()).get(0);
      String companyView = seen + " " + seenConcern;

      for (String secret :
          List.of(INTERNAL_AGENDA, INTERNAL_MINUTE, INTERNAL_FOLLOW_UP, CONCERN_INFORMATION)) {
        assertFalse(companyView.contains(secret), secret);
      }
      assertEquals(1, seen.agenda().size());
      assertEquals(1, seen.minutes().size());
      assertEquals(1, seen.followUps().size());
      assertEquals(seenConcern.description(), concern.description());
      assertNull(seenConcern.concernInformation());
    }

    @Test
    void officialsReadEverythingAndStrangersNothing() {
      PreReport report = world.underReview(filer, officer);
      accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      world.raise(officer, report);

      Map<?, List<Meeting>> officialView = world.queries.meetingsOf(officer, List.of(report));
      assertEquals(2, officialView.get(report.id()).get(0).agenda().size());
      assertEquals(
          CONCERN_INFORMATION,
          world
              .queries
              .concernsOf(officer, List.of(report))
              .get(report.id())
              .get(0)
              .concernInformation());
      assertTrue(world.queries.meetingsOf(stranger, List.of(report)).isEmpty());
    }

    @Test
    void theCompanysAnswerPayloadCarriesNoConcernInformation() {
      PreReport report = world.underReview(filer, officer);
      Concern concern = world.raise(officer, report);

      Concern answered =
          accepted(
              world.commands.answerConcern(
                  filer, concern.id(), null, "対策", java.time.LocalDate.of(2027, 1, 31)));

      assertNull(answered.concernInformation());
    }

    @Test
    void theAuditTrailCarriesNoInternalText() {
      PreReport report = world.underReview(filer, officer);
      Meeting meeting = accepted(world.commands.scheduleMeeting(officer, report.id(), aPlan()));
      accepted(
          world.commands.recordMeetingHeld(
              officer, meeting.id(), null, someMinutes(), someFollowUps()));
      world.raise(officer, report);

      String trail = world.auditLog.events().toString();
      assertFalse(trail.contains(INTERNAL_MINUTE));
      assertFalse(trail.contains(CONCERN_INFORMATION));
    }
  }

  private AuditEvent lastAudit() {
    List<AuditEvent> events = world.auditLog.events();
    return events.get(events.size() - 1);
  }
}
