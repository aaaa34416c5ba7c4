package dev.taiwa.cases.prereport.access;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static dev.taiwa.cases.kernel.Reach.EVERY_FILED_CASE;
import static dev.taiwa.cases.kernel.Reach.NOTHING;
import static dev.taiwa.cases.kernel.Reach.OWN_ORGANISATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy.Grant;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.port.PreReportScope;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PreReportAccessPolicyTest {
  private final PreReportAccessPolicy policy = new PreReportAccessPolicy();
  private final OrganisationId acme = OrganisationId.random();
  private final PreReport acmeReport =
      new PreReport(
          CaseId.random(),
          ReferenceNumber.of("PR", 2026, 1),
          acme,
          UserId.random(),
          PreReportState.SUBMITTED,
          PreReportForm.empty(),
          TestClock.NOW,
          TestClock.NOW,
          TestClock.NOW,
          null,
          2);

  @Test
  void theMatrixGivesEveryRoleAGrant() {
    assertEquals(
        Map.of(
            Role.FILER, new Grant(OWN_ORGANISATION, OWN_ORGANISATION, true),
            Role.DIALOGUE_OFFICER, new Grant(EVERY_FILED_CASE, EVERY_FILED_CASE, false),
            Role.PATENT_EXAMINER, new Grant(NOTHING, NOTHING, false),
            Role.SECURITY_REVIEWER, new Grant(NOTHING, NOTHING, false),
            Role.AUDITOR, new Grant(NOTHING, NOTHING, false),
            Role.ADMIN, new Grant(NOTHING, NOTHING, false)),
        policy.grants());
  }

  @Test
  void aFilerSeesAndActsOnItsOwnOrganisationsReports() {
    Actor filer = anActor().filerOf(acme);

    assertEquals(PreReportScope.ownOrganisation(acme), policy.scopeFor(filer));
    assertTrue(policy.canSee(filer, acmeReport));
    assertTrue(policy.canAct(filer, acmeReport));
    assertTrue(policy.canCreate(filer));
  }

  @Test
  void aFilerCannotSeeAnotherOrganisationsPreReport() {
    Actor stranger = anActor().filerOf(OrganisationId.random());

    assertFalse(policy.canSee(stranger, acmeReport));
    assertFalse(policy.canAct(stranger, acmeReport));
  }

  @Test
  void aDialogueOfficerSeesEveryOrganisationsFiledReports() {
    Actor officer = anActor().dialogueOfficer();

    assertEquals(PreReportScope.filedOfEveryOrganisation(), policy.scopeFor(officer));
    assertTrue(policy.canSee(officer, acmeReport));
    assertTrue(policy.canAct(officer, acmeReport));
    assertFalse(policy.canCreate(officer));
  }

  @Test
  void aDraftStaysTheCompanysOwnUntilItIsSubmitted() {
    PreReport draft = withState(acmeReport, PreReportState.DRAFT);
    Actor officer = anActor().dialogueOfficer();

    assertFalse(policy.canSee(officer, draft));
    assertFalse(policy.canAct(officer, draft));
    assertFalse(policy.scopeFor(officer).includes(acme, PreReportState.DRAFT));
    assertTrue(policy.canSee(anActor().filerOf(acme), draft));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PATENT_EXAMINER", "SECURITY_REVIEWER", "AUDITOR", "ADMIN"})
  void otherRolesGetNoPreReportContent(Role role) {
    Actor actor = anActor().withRoles(acme, role);

    assertEquals(PreReportScope.nothing(), policy.scopeFor(actor));
    assertFalse(policy.canSee(actor, acmeReport));
    assertFalse(policy.canAct(actor, acmeReport));
    assertFalse(policy.canCreate(actor));
  }

  @Test
  void onlyTheRolesThatCountOnTheReportAreUsed() {
    Actor filerAndOfficerElsewhere =
        anActor().withRoles(OrganisationId.random(), Role.FILER, Role.DIALOGUE_OFFICER);

    assertEquals(
        new PreReportScope(filerAndOfficerElsewhere.organisationId(), true),
        policy.scopeFor(filerAndOfficerElsewhere));
    assertEquals(
        Set.of(Role.DIALOGUE_OFFICER), policy.rolesOn(filerAndOfficerElsewhere, acmeReport));
  }

  private static PreReport withState(PreReport report, PreReportState state) {
    return new PreReport(
        report.id(),
        report.reference(),
        report.organisationId(),
        report.createdBy(),
        state,
        report.form(),
        report.createdAt(),
        report.updatedAt(),
        report.submittedAt(),
        report.leadTime(),
        report.version());
  }
}
