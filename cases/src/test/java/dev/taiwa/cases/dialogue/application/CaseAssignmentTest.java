package dev.taiwa.cases.dialogue.application;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.dialogue.port.InMemoryCaseOfficers;
import dev.taiwa.cases.identity.InMemoryUserAccounts;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.PassThroughUnitOfWork;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseAssignmentTest {
  private final DialogueWorld world = new DialogueWorld();
  private final InMemoryUserAccounts users = new InMemoryUserAccounts();
  private final InMemoryCaseOfficers officers = new InMemoryCaseOfficers();
  private final CaseAssignment assignment =
      new CaseAssignment(
          world.preReports,
          officers,
          users,
          world.auditLog,
          new PassThroughUnitOfWork(),
          world.clock);
  private final OrganisationId company = OrganisationId.random();
  private final Actor filer = anActor().filerOf(company);
  private final Actor officer = stored(anActor().named("officer").dialogueOfficer());
  private final Actor colleague = stored(anActor().named("colleague").dialogueOfficer());

  private Actor stored(Actor actor) {
    users.insert(
        new UserAccount(
            actor.userId(),
            actor.username(),
            actor.username(),
            actor.organisationId(),
            actor.roles(),
            "hash",
            true,
            world.clock.instant()));
    return actor;
  }

  private static List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  @Test
  void anOfficerAllocatesAFiledCaseToThemselfAndThenToAColleague() {
    PreReport report = world.submittedBy(filer);

    assertTrue(assignment.assign(officer, report.id(), null, officer.userId()).accepted());
    assertEquals(
        Map.of(report.id(), officer.userId()), assignment.officersOf(filer, List.of(report)));
    assertTrue(assignment.assign(officer, report.id(), null, colleague.userId()).accepted());

    assertEquals(
        Map.of(report.id(), colleague.userId()), assignment.officersOf(officer, List.of(report)));
    assertEquals(
        AuditOutcome.ACCEPTED,
        world.auditLog.events().get(world.auditLog.events().size() - 1).entry().outcome());
  }

  @Test
  void theAssigneeMustBeADialogueOfficer() {
    PreReport report = world.submittedBy(filer);
    Actor auditor = stored(anActor().withRoles(OrganisationId.random(), Role.AUDITOR));

    assertEquals(
        List.of(ErrorCode.INVALID_VALUE),
        codes(assignment.assign(officer, report.id(), null, auditor.userId())));
    assertEquals(Map.of(), assignment.officersOf(officer, List.of(report)));
  }

  @Test
  void aFilerMayNotAssignAndAStrangerDoesNotSeeTheCase() {
    PreReport report = world.submittedBy(filer);
    Actor stranger = anActor().filerOf(OrganisationId.random());

    assertEquals(
        List.of(ErrorCode.FORBIDDEN),
        codes(assignment.assign(filer, report.id(), null, officer.userId())));
    assertEquals(
        List.of(ErrorCode.NOT_FOUND),
        codes(assignment.assign(stranger, report.id(), null, officer.userId())));
    assertEquals(Map.of(), assignment.officersOf(stranger, List.of(report)));
    assertEquals(Set.of(), Set.copyOf(assignment.officersOf(officer, List.of(report)).keySet()));
  }
}
