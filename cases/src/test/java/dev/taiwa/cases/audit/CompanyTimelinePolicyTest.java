package dev.taiwa.cases.audit;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueEvent;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyTimelinePolicyTest {
  private final CompanyTimelinePolicy policy = new CompanyTimelinePolicy();
  private final Actor company = anActor().filerOf(OrganisationId.random());

  private static AuditEntry accepted(String type) {
    return AuditEntryFixture.anEntry().action(type).build();
  }

  @Test
  void anUnknownEventTypeIsHiddenFromTheCompany() {
    assertFalse(policy.shows(company, accepted("SOMETHING_ADDED_NEXT_YEAR")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SECRET_CONTENT_READ",
        "ACCESS_GRANTED",
        "ACCESS_REVOKED",
        "BREAK_GLASS_OPENED",
        "PATENT_CONSULTATION_RECORDED",
        "PRIOR_CONFIRMATION_CONSULTATION_RECORDED",
        "DIALOGUE_ASSIGN_CASE_OFFICER",
        "AUDIT_TRAIL_READ"
      })
  void internalEventsAreHiddenFromTheCompany(String type) {
    assertFalse(policy.shows(company, accepted(type)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PRE_REPORT_DRAFT_CREATED",
        "PRE_REPORT_SUBMITTED",
        "PRE_REPORT_REVIEW_STARTED",
        "PRE_REPORT_ISSUE_INFORM",
        "PRE_REPORT_APPLY_FOR_LICENCE",
        "PRE_REPORT_REFUSE_LICENCE",
        "PRE_REPORT_CLOSE_NO_CONCERN",
        "PRE_REPORT_WITHDRAWN",
        "DIALOGUE_SCHEDULE_MEETING",
        "DIALOGUE_RAISE_CONCERN",
        "DIALOGUE_ASK_QUERY"
      })
  void theCompanySeesTheStepsOfItsOwnCase(String type) {
    assertTrue(policy.shows(company, accepted(type)));
  }

  @Test
  void theAllowListNamesRealEventTypes() {
    assertTrue(
        policy
            .companyVisibleTypes()
            .contains(DialogueEvent.typeOf(DialogueAction.MARK_CONCERN_UNRESOLVED)));
    assertFalse(
        policy
            .companyVisibleTypes()
            .contains(DialogueEvent.typeOf(DialogueAction.ASSIGN_CASE_OFFICER)));
  }

  @Test
  void aRefusedAttemptIsHiddenFromTheCompany() {
    AuditEntry refused =
        AuditEntryFixture.anEntry()
            .action("PRE_REPORT_SUBMITTED")
            .outcome(AuditOutcome.REJECTED)
            .build();
    assertFalse(policy.shows(company, refused));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"FILER"},
      mode = EnumSource.Mode.EXCLUDE)
  void officialsSeeEveryAcceptedEventIncludingUnknownTypes(Role role) {
    Actor official = anActor().withRole(role);
    assertTrue(policy.shows(official, accepted("SOMETHING_ADDED_NEXT_YEAR")));
    assertTrue(policy.shows(official, accepted("SECRET_CONTENT_READ")));
    assertTrue(policy.shows(official, accepted("DIALOGUE_ASSIGN_CASE_OFFICER")));
  }

  @Test
  void officialsDoNotSeeRefusedAttemptsOnTheTimeline() {
    Actor officer = anActor().dialogueOfficer();
    AuditEntry refused =
        AuditEntryFixture.anEntry()
            .action("AUDIT_TRAIL_READ")
            .outcome(AuditOutcome.REJECTED)
            .build();
    assertFalse(policy.shows(officer, refused));
  }
}
