package dev.taiwa.service.persistence.dialogue;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.model.Answer;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.FollowUp;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Participant;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.model.Side;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.dialogue.port.CaseOfficers;
import dev.taiwa.cases.dialogue.port.Concerns;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dialogue ports store and give back exactly what they were handed, on both databases. */
@MicronautTest(transactional = false, startApplication = false)
class DialogueContractTest extends DatabaseTest {
  private static final Instant AT = Instant.parse("2026-11-01T01:00:00Z");

  @Inject Meetings meetings;
  @Inject Concerns concerns;
  @Inject PreReports preReports;
  @Inject CaseOfficers caseOfficers;
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private PreReport aStoredCase(UserAccount filer) {
    PreReport report = aPreReport(filer).state(PreReportState.UNDER_REVIEW).build();
    preReports.insert(report);
    return report;
  }

  @Test
  void aMeetingComesBackWithItsAttendeesNotesAndFollowUpsInOrder() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    Meeting meeting =
        Meeting.scheduled(
            report.id(),
            new MeetingPlan(
                AT.plusSeconds(86_400),
                null,
                "https://meet.example.jp/abc",
                List.of(filer.id()),
                List.of(new Participant("試験 花子", "部長"), new Participant("𠮷田 一郎", "課長")),
                List.of(
                    new Note("議題一", Visibility.COMPANY_VISIBLE),
                    new Note("内部議題", Visibility.INTERNAL))),
            AT);
    meetings.insert(meeting);
    assertEquals(meeting, meetings.find(meeting.id()).orElseThrow());

    Meeting held =
        meeting.held(
            List.of(new Note("議事", Visibility.COMPANY_VISIBLE)),
            List.of(
                new FollowUp(
                    Side.GOVERNMENT, "照会", LocalDate.of(2026, 12, 1), Visibility.INTERNAL)));
    meetings.update(held);

    assertEquals(held, meetings.find(meeting.id()).orElseThrow());
    assertEquals(List.of(held), meetings.findByCases(List.of(report.id())));
    assertTrue(meetings.find(UUID.randomUUID()).isEmpty());
  }

  @Test
  void theMeetingsOfSeveralCasesComeInOneCallByStartTime() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport first = aStoredCase(filer);
    PreReport second = aStoredCase(filer);
    Meeting late = meetingAt(first, AT.plusSeconds(7200));
    Meeting early = meetingAt(second, AT.plusSeconds(3600));

    assertEquals(List.of(early, late), meetings.findByCases(List.of(first.id(), second.id())));
    assertEquals(List.of(), meetings.findByCases(List.of()));
  }

  @Test
  void meetingsAndConcernsOfSeveralCasesComeBackEachWithOnlyItsOwnEntriesAndAnswers() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport first = aStoredCase(filer);
    PreReport second = aStoredCase(filer);
    Meeting bare = meetingAt(first, AT.plusSeconds(3600));
    Meeting attended =
        Meeting.scheduled(
            second.id(),
            new MeetingPlan(
                AT.plusSeconds(7200),
                "会議室",
                null,
                List.of(filer.id()),
                List.of(new Participant("試験 花子", "部長")),
                List.of(new Note("議題", Visibility.COMPANY_VISIBLE))),
            AT);
    meetings.insert(attended);
    Meeting later = meetingAt(first, AT.plusSeconds(10_800));

    assertEquals(
        List.of(bare, attended, later), meetings.findByCases(List.of(first.id(), second.id())));

    Concern unanswered =
        Concern.raised(first.id(), ConcernCategory.END_USE, Severity.LOW, "未回答", "情報", AT);
    Concern answered =
        Concern.raised(second.id(), ConcernCategory.COUNTERPARTY, Severity.HIGH, "回答済", "情報", AT)
            .answered(new Answer("対策一", LocalDate.of(2026, 12, 1), filer.id(), AT))
            .answered(new Answer("対策二", LocalDate.of(2026, 12, 2), filer.id(), AT));
    Concern alsoUnanswered =
        Concern.raised(
            first.id(), ConcernCategory.END_USE, Severity.MEDIUM, "後の懸念", "情報", AT.plusSeconds(60));
    concerns.insert(unanswered);
    concerns.insert(answered);
    concerns.insert(alsoUnanswered);

    List<Concern> found = concerns.findByCases(List.of(first.id(), second.id()));
    assertEquals(3, found.size(), found::toString);
    assertEquals(List.of(alsoUnanswered), found.subList(2, 3));
    assertEquals(java.util.Set.of(unanswered, answered), java.util.Set.copyOf(found.subList(0, 2)));
    assertEquals(answered, concerns.find(answered.id()).orElseThrow());
    assertEquals(unanswered, concerns.find(unanswered.id()).orElseThrow());
  }

  @Test
  void aConcernKeepsItsInternalInformationAndAppendedAnswers() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    Concern concern =
        Concern.raised(report.id(), ConcernCategory.COUNTERPARTY, Severity.HIGH, "説明", "懸念情報", AT);
    concerns.insert(concern);
    Concern first = concern.answered(new Answer("対策一", LocalDate.of(2026, 12, 1), filer.id(), AT));
    concerns.update(first);
    Concern second = first.answered(new Answer("対策二", LocalDate.of(2026, 12, 15), filer.id(), AT));
    concerns.update(second);
    Concern answered = second.judged(ConcernState.RESOLVED, "十分");
    concerns.update(answered);

    assertEquals(answered, concerns.find(concern.id()).orElseThrow());
    assertEquals(4, answered.version());
    assertEquals(List.of(answered), concerns.findByCases(List.of(report.id())));
  }

  @Test
  void aChangeReadAtAnOldVersionIsNotStored() {
    UserAccount filer = aStoredFiler(organisations, users);
    PreReport report = aStoredCase(filer);
    Concern concern =
        Concern.raised(report.id(), ConcernCategory.COUNTERPARTY, Severity.HIGH, "説明", "懸念情報", AT);
    concerns.insert(concern);
    concerns.update(concern.judged(ConcernState.RESOLVED, "先の判断"));
    Concern stale = concern.judged(ConcernState.UNRESOLVED, "古い読み取りに基づく判断");
    assertThrows(ConcurrentChangeException.class, () -> concerns.update(stale));
    assertEquals("先の判断", concerns.find(concern.id()).orElseThrow().resolutionReason());

    Meeting meeting = meetingAt(report, AT.plusSeconds(3600));
    meetings.update(meeting.cancelled("先の中止"));
    Meeting staleMeeting = meeting.held(List.of(new Note("議事", Visibility.INTERNAL)), List.of());
    assertThrows(ConcurrentChangeException.class, () -> meetings.update(staleMeeting));
    assertEquals(MeetingState.CANCELLED, meetings.find(meeting.id()).orElseThrow().state());
  }

  @Test
  void aCaseHasAtMostOneOfficerAndAReassignmentReplacesIt() {
    UserAccount filer = aStoredFiler(organisations, users);
    UserAccount other = aStoredFiler(organisations, users);
    PreReport assigned = aStoredCase(filer);
    PreReport unassigned = aStoredCase(filer);

    caseOfficers.assign(assigned.id(), filer.id(), AT);
    caseOfficers.assign(assigned.id(), other.id(), AT.plusSeconds(60));

    assertEquals(
        java.util.Map.of(assigned.id(), other.id()),
        caseOfficers.findAll(List.of(assigned.id(), unassigned.id())));
    assertEquals(java.util.Map.of(), caseOfficers.findAll(List.of()));
  }

  private Meeting meetingAt(PreReport report, Instant startsAt) {
    Meeting meeting =
        Meeting.scheduled(
            report.id(),
            new MeetingPlan(startsAt, "会議室", null, List.of(), List.of(), List.of()),
            AT);
    meetings.insert(meeting);
    return meeting;
  }
}
