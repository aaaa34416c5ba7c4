package dev.taiwa.cases.audit;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseTimelineTest {
  private final InMemoryAuditLog log = new InMemoryAuditLog();
  private final OrganisationId acme = OrganisationId.random();
  private final CaseId caseId = CaseId.random();
  private final Actor filer = anActor().named("sato").filerOf(acme);
  private final Actor officer = anActor().named("tanaka").dialogueOfficer();
  private final Map<Object, Set<Role>> roles =
      Map.of(filer.userId(), filer.roles(), officer.userId(), officer.roles());
  private final CaseTimeline timeline =
      new CaseTimeline(
          log,
          (actor, id) -> id.equals(caseId),
          user -> roles.getOrDefault(user, Set.of()),
          WithheldCases.none());

  @BeforeEach
  void aFiledCaseWithAnInternalStep() {
    append(filer, "PRE_REPORT_DRAFT_CREATED", AuditOutcome.ACCEPTED, 0);
    append(filer, "PRE_REPORT_SUBMITTED", AuditOutcome.ACCEPTED, 1);
    append(officer, "PRE_REPORT_REVIEW_STARTED", AuditOutcome.ACCEPTED, 2);
    append(officer, "DIALOGUE_ASSIGN_CASE_OFFICER", AuditOutcome.ACCEPTED, 3);
    append(filer, "DIALOGUE_ANSWER_CONCERN", AuditOutcome.REJECTED, 4);
    append(officer, "DIALOGUE_RAISE_CONCERN", AuditOutcome.ACCEPTED, 5);
    log.append(
        AuditEntryFixture.anEntry().about(CaseId.random()).action("PRE_REPORT_SUBMITTED").build());
  }

  private void append(Actor actor, String type, AuditOutcome outcome, int minutes) {
    log.append(
        AuditEntryFixture.anEntry()
            .at(TestClock.NOW.plusSeconds(60L * minutes))
            .by(actor.userId(), actor.username(), actor.organisationId())
            .about(caseId)
            .action(type)
            .outcome(outcome)
            .summary("internal note: the end user is suspicious")
            .build());
  }

  private static List<String> types(Result<List<TimelineEntry>> result) {
    return result.value().orElseThrow().stream().map(TimelineEntry::eventType).toList();
  }

  @Test
  void anOfficialSeesEveryAcceptedEventOfTheCaseInOrderLabelledByRole() {
    Result<List<TimelineEntry>> result = timeline.of(officer, caseId);
    assertEquals(
        List.of(
            "PRE_REPORT_DRAFT_CREATED",
            "PRE_REPORT_SUBMITTED",
            "PRE_REPORT_REVIEW_STARTED",
            "DIALOGUE_ASSIGN_CASE_OFFICER",
            "DIALOGUE_RAISE_CONCERN"),
        types(result));
    List<TimelineEntry> entries = result.value().orElseThrow();
    assertEquals("届出者", entries.get(0).actorLabel());
    assertEquals("担当官", entries.get(2).actorLabel());
    assertEquals("審査開始", entries.get(2).labelJa());
    assertEquals("Review started", entries.get(2).labelEn());
  }

  @Test
  void theCompanySeesOnlyAllowListedStepsWithItsOwnUsersAsYourCompany() {
    List<TimelineEntry> entries = timeline.of(filer, caseId).value().orElseThrow();
    assertEquals(
        List.of(
            "PRE_REPORT_DRAFT_CREATED",
            "PRE_REPORT_SUBMITTED",
            "PRE_REPORT_REVIEW_STARTED",
            "DIALOGUE_RAISE_CONCERN"),
        entries.stream().map(TimelineEntry::eventType).toList());
    assertEquals(
        List.of("貴社", "貴社", "担当官", "担当官"),
        entries.stream().map(TimelineEntry::actorLabel).toList());
  }

  @Test
  void noEntryCarriesAUserIdOrTheEventSummary() {
    for (TimelineEntry entry : timeline.of(officer, caseId).value().orElseThrow()) {
      String text = entry.toString();
      assertFalse(text.contains(officer.userId().toString()));
      assertFalse(text.contains(filer.userId().toString()));
      assertFalse(text.contains("suspicious"));
    }
  }

  @Test
  void anEventWhoseCodeNoActionHasGetsTheFallbackLabelNeverAnError() {
    log.append(
        AuditEntryFixture.anEntry()
            .at(TestClock.NOW.plusSeconds(3600))
            .by(officer.userId(), officer.username(), officer.organisationId())
            .about(caseId)
            .action("SOMETHING_NEW")
            .build());
    List<TimelineEntry> entries = timeline.of(officer, caseId).value().orElseThrow();
    TimelineEntry last = entries.get(entries.size() - 1);
    assertEquals("SOMETHING_NEW", last.eventType());
    assertEquals(TimelineLabels.OTHER_EVENT.ja(), last.labelJa());
    assertEquals(TimelineLabels.OTHER_EVENT.en(), last.labelEn());
  }

  @Test
  void aCaseTheCallerMayNotSeeIsNotFound() {
    Result<List<TimelineEntry>> result = timeline.of(officer, CaseId.random());
    assertFalse(result.accepted());
    assertEquals(ErrorCode.NOT_FOUND, result.errors().get(0).code());
  }
}
