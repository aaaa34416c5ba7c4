package dev.taiwa.cases.access;

import static dev.taiwa.cases.access.AccessGrantFixture.aGrant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TestClock;
import dev.taiwa.cases.kernel.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NeedToKnowPolicyTest {
  private static final OrganisationId APPLICANT = OrganisationId.random();
  private final NeedToKnowPolicy policy = new NeedToKnowPolicy();
  private final CaseId caseId = CaseId.random();

  /** The grant the caller holds for the case, if any. */
  enum GrantHeld {
    NONE,
    ACTIVE,
    EXPIRED,
    REVOKED
  }

  static Stream<Arguments> everyRoleOrganisationAssignmentAndGrant() {
    List<Arguments> all = new ArrayList<>();
    for (Role role : Role.values()) {
      for (boolean ofApplicant : new boolean[] {true, false}) {
        for (boolean assigned : new boolean[] {true, false}) {
          for (GrantHeld grant : GrantHeld.values()) {
            all.add(Arguments.of(role, ofApplicant, assigned, grant));
          }
        }
      }
    }
    return all.stream();
  }

  /**
   * The rule of domain.md, "Need-to-know", written out once: the applicant organisation (its
   * filers), the assigned examiner, security reviewers, and named users with an active grant.
   */
  private static boolean domainSays(
      Role role, boolean ofApplicant, boolean assigned, GrantHeld grant) {
    return (role == Role.FILER && ofApplicant)
        || (role == Role.PATENT_EXAMINER && assigned)
        || role == Role.SECURITY_REVIEWER
        || grant == GrantHeld.ACTIVE;
  }

  @ParameterizedTest(name = "{0}, applicant organisation {1}, assigned {2}, grant {3}")
  @MethodSource("everyRoleOrganisationAssignmentAndGrant")
  void secretContentIsReadOnlyByThoseWhoNeedToKnow(
      Role role, boolean ofApplicant, boolean assigned, GrantHeld held) {
    UserId user = UserId.random();
    Actor actor =
        new Actor(user, "user", ofApplicant ? APPLICANT : OrganisationId.random(), Set.of(role));
    Set<UserId> examiners = assigned ? Set.of(user, UserId.random()) : Set.of(UserId.random());
    List<AccessGrant> grants =
        switch (held) {
          case NONE -> List.of();
          case ACTIVE -> List.of(aGrant().to(user).on(caseId).build());
          case EXPIRED -> List.of(aGrant().to(user).on(caseId).expired().build());
          case REVOKED -> List.of(aGrant().to(user).on(caseId).revoked().build());
        };

    assertEquals(
        domainSays(role, ofApplicant, assigned, held),
        policy.mayReadSecret(actor, caseId, APPLICANT, examiners, TestClock.NOW, grants));
  }

  @Test
  void theMatrixCoversEveryRoleAndBothAnswers() {
    List<Arguments> all = everyRoleOrganisationAssignmentAndGrant().toList();
    assertEquals(Role.values().length * 2 * 2 * GrantHeld.values().length, all.size());
    long yes =
        all.stream()
            .map(Arguments::get)
            .filter(a -> domainSays((Role) a[0], (Boolean) a[1], (Boolean) a[2], (GrantHeld) a[3]))
            .count();
    assertTrue(yes > 0 && yes < all.size());
  }

  @Test
  void anAdminOrAuditorOfTheApplicantOrganisationSeesNothingWithoutAGrant() {
    for (Role role : List.of(Role.ADMIN, Role.AUDITOR, Role.DIALOGUE_OFFICER)) {
      Actor actor = new Actor(UserId.random(), "staff", APPLICANT, Set.of(role));
      assertFalse(
          policy.mayReadSecret(actor, caseId, APPLICANT, Set.of(), TestClock.NOW, List.of()),
          role.name());
    }
  }

  @Test
  void aGrantForSomeoneElseOrAnotherCaseOpensNothing() {
    Actor admin = new Actor(UserId.random(), "admin", OrganisationId.random(), Set.of(Role.ADMIN));
    List<AccessGrant> notHis =
        List.of(
            aGrant().to(UserId.random()).on(caseId).build(),
            aGrant().to(admin.userId()).on(CaseId.random()).build());

    assertFalse(policy.mayReadSecret(admin, caseId, APPLICANT, Set.of(), TestClock.NOW, notHis));
  }

  @Test
  void aGrantEndsAtItsExpiryInstant() {
    Actor auditor =
        new Actor(UserId.random(), "auditor", OrganisationId.random(), Set.of(Role.AUDITOR));
    AccessGrant grant = aGrant().to(auditor.userId()).on(caseId).expiringAt(TestClock.NOW).build();

    assertTrue(
        policy.mayReadSecret(
            auditor, caseId, APPLICANT, Set.of(), TestClock.NOW.minusMillis(1), List.of(grant)));
    assertFalse(
        policy.mayReadSecret(auditor, caseId, APPLICANT, Set.of(), TestClock.NOW, List.of(grant)));
  }

  @Test
  void anExaminerWhoIsNotAssignedNeedsAGrant() {
    Actor examiner =
        new Actor(
            UserId.random(), "examiner", OrganisationId.random(), Set.of(Role.PATENT_EXAMINER));

    assertFalse(
        policy.mayReadSecret(
            examiner, caseId, APPLICANT, Set.of(UserId.random()), TestClock.NOW, List.of()));
  }
}
