package dev.taiwa.cases.patent.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.access.NeedToKnowPolicy;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The matrix's secret-content column says what {@link NeedToKnowPolicy} decides, role by role. */
class PatentAccessPolicyTest {
  private final PatentAccessPolicy policy = new PatentAccessPolicy();
  private final NeedToKnowPolicy needToKnow = new NeedToKnowPolicy();
  private final OrganisationId applicant = OrganisationId.random();

  private boolean mayRead(Actor actor, Set<UserId> examiners) {
    return needToKnow.mayReadSecret(
        actor, CaseId.random(), applicant, examiners, Instant.now(), List.of());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void theSecretReachOfEveryRoleAgreesWithTheNeedToKnowPolicy(Role role) {
    Actor own = new Actor(UserId.random(), "own", applicant, Set.of(role));
    Actor other = new Actor(UserId.random(), "other", OrganisationId.random(), Set.of(role));
    Reach reach = policy.grants().get(role).secret();

    boolean ownOrAssigned = mayRead(own, Set.of(own.userId()));
    boolean stranger = mayRead(other, Set.of());

    assertEquals(reach != Reach.NOTHING, ownOrAssigned, "own / assigned");
    assertEquals(reach == Reach.EVERYTHING, stranger, "another organisation, not assigned");
    if (reach == Reach.OWN_ORGANISATION) {
      assertEquals(false, mayRead(own, Set.of()) && !own.belongsTo(applicant));
    }
    if (reach == Reach.ASSIGNED_CASES) {
      assertEquals(false, mayRead(own, Set.of()), "an examiner not assigned");
    }
  }
}
