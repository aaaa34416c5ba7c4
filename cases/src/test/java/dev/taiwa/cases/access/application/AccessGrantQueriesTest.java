package dev.taiwa.cases.access.application;

import static dev.taiwa.cases.access.application.AccessGrantWorld.accepted;
import static dev.taiwa.cases.kernel.ErrorCode.FORBIDDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessGrantQueriesTest {
  private static final String REASON = "Second opinion on the claims of the application";
  private final AccessGrantWorld world = new AccessGrantWorld();
  private final CaseId caseId = world.cases.add();
  private final OrganisationId applicant = OrganisationId.random();

  /** Grants {@code days} of access, a minute after the grant before, so the order is known. */
  private AccessGrant grantTo(Actor grantee, CaseId onCase, int days) {
    world.clock.advance(Duration.ofMinutes(1));
    return accepted(
        world.commands.grant(
            world.reviewer,
            new GrantAccess(
                grantee.userId(),
                onCase,
                REASON,
                world.clock.instant().plus(Duration.ofDays(days)))));
  }

  @Test
  void reviewersAndAuditorsListEveryGrantOfACaseActiveOrNot() {
    AccessGrant first = grantTo(world.expert, caseId, 1);
    AccessGrant second = grantTo(world.admin, caseId, 30);
    accepted(world.commands.revoke(world.reviewer, second.id(), "Done"));
    grantTo(world.expert, world.cases.add(), 30);
    world.clock.advance(Duration.ofDays(2));

    for (Actor reader : List.of(world.reviewer, world.auditor)) {
      Result<List<AccessGrant>> grants = world.queries.ofCase(reader, caseId);
      assertEquals(
          List.of(first.id(), second.id()),
          grants.value().orElseThrow().stream().map(AccessGrant::id).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"SECURITY_REVIEWER", "AUDITOR"},
      mode = EnumSource.Mode.EXCLUDE)
  void otherRolesMayNotListTheGrantsOfACase(Role role) {
    grantTo(world.expert, caseId, 1);
    Actor caller = world.person("caller", OrganisationId.random(), role);

    Result<List<AccessGrant>> refused = world.queries.ofCase(caller, caseId);

    assertEquals(List.of(FORBIDDEN), refused.errors().stream().map(Rejection::code).toList());
    assertTrue(refused.value().isEmpty());
  }

  @Test
  void everyUserSeesTheirOwnActiveGrantsOnly() {
    AccessGrant active = grantTo(world.expert, caseId, 30);
    AccessGrant soonOver = grantTo(world.expert, world.cases.add(), 1);
    AccessGrant revoked = grantTo(world.expert, world.cases.add(), 30);
    accepted(world.commands.revoke(world.reviewer, revoked.id(), "Done"));
    grantTo(world.admin, caseId, 30);

    assertEquals(List.of(active, soonOver), world.queries.myActiveGrants(world.expert));
    world.clock.advance(Duration.ofDays(2));
    assertEquals(List.of(active), world.queries.myActiveGrants(world.expert));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"AUDITOR"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAuditorsReadTheReviewQueue(Role role) {
    Actor caller = world.person("caller", OrganisationId.random(), role);

    assertEquals(
        List.of(FORBIDDEN),
        world.queries.breakGlassReviewQueue(caller).errors().stream()
            .map(Rejection::code)
            .toList());
  }

  @Test
  void anExpiredUnreviewedBreakGlassStaysInTheQueue() {
    AccessGrant opened =
        accepted(world.commands.openBreakGlass(world.reviewer, caseId, "Urgent leak check"));
    world.clock.advance(Duration.ofHours(5));

    assertEquals(
        List.of(opened), world.queries.breakGlassReviewQueue(world.auditor).value().orElseThrow());
  }

  @Test
  void aGrantLetsItsHolderReadTheSecretUntilItEnds() {
    assertFalse(world.queries.mayReadSecret(world.admin, caseId, applicant, Set.of()));
    grantTo(world.admin, caseId, 1);

    assertTrue(world.queries.mayReadSecret(world.admin, caseId, applicant, Set.of()));
    assertFalse(world.queries.mayReadSecret(world.admin, world.cases.add(), applicant, Set.of()));
    world.clock.advance(Duration.ofDays(1));
    assertFalse(world.queries.mayReadSecret(world.admin, caseId, applicant, Set.of()));
  }

  @Test
  void theApplicantsFilerAndAnAssignedExaminerReadTheSecretWithoutAGrant() {
    Actor applicantFiler = world.person("shutsugan", applicant, Role.FILER);
    Actor examiner = world.person("shinsa", OrganisationId.random(), Role.PATENT_EXAMINER);

    assertTrue(world.queries.mayReadSecret(applicantFiler, caseId, applicant, Set.of()));
    assertTrue(world.queries.mayReadSecret(examiner, caseId, applicant, Set.of(examiner.userId())));
    assertFalse(world.queries.mayReadSecret(examiner, caseId, applicant, Set.of()));
  }
}
