package dev.taiwa.cases.identity;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Reach;
import dev.taiwa.cases.kernel.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentityAccessPolicyTest {
  private final IdentityAccessPolicy policy = new IdentityAccessPolicy();

  @Test
  void onlyAnAdministratorAdministers() {
    assertTrue(policy.canAdminister(anActor().withRole(Role.ADMIN)));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void noOtherRoleAdministers(Role role) {
    assertFalse(policy.canAdminister(anActor().withRole(role)));
  }

  @Test
  void everyRoleHasAnOrganisationReach() {
    assertEquals(Role.values().length, policy.organisationReaches().size());
  }

  @Test
  void aFilerReachesItsOwnOrganisationOnly() {
    assertEquals(
        Reach.OWN_ORGANISATION, policy.organisationsVisibleTo(anActor().withRole(Role.FILER)));
  }

  @Test
  void theWidestReachAmongTheRolesCounts() {
    assertEquals(
        Reach.EVERYTHING,
        policy.organisationsVisibleTo(
            anActor().withRoles(OrganisationId.random(), Role.FILER, Role.DIALOGUE_OFFICER)));
  }

  @Test
  void anActorWithoutRolesReachesNothing() {
    assertEquals(
        Reach.NOTHING, policy.organisationsVisibleTo(anActor().withRoles(OrganisationId.random())));
  }
}
