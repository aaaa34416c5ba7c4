package dev.taiwa.cases.audit;

import static dev.taiwa.cases.kernel.ActorFixture.anActor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.audit.AuditLogAccessPolicy.LogReach;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditLogAccessPolicyTest {
  private final AuditLogAccessPolicy policy = new AuditLogAccessPolicy();

  @Test
  void auditorsSearchTheWholeLogOfficersOnlyCaseEventsOthersNothing() {
    Map<Role, LogReach> reach = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      reach.put(role, policy.searchReachOf(anActor().withRole(role)));
    }

    assertEquals(
        Map.of(
            Role.FILER, LogReach.NOTHING,
            Role.DIALOGUE_OFFICER, LogReach.CASE_EVENTS,
            Role.PATENT_EXAMINER, LogReach.NOTHING,
            Role.SECURITY_REVIEWER, LogReach.NOTHING,
            Role.AUDITOR, LogReach.WHOLE_LOG,
            Role.ADMIN, LogReach.NOTHING),
        reach);
  }

  @Test
  void theWidestReachAmongSeveralRolesCounts() {
    assertEquals(
        LogReach.WHOLE_LOG,
        policy.searchReachOf(
            anActor().withRoles(OrganisationId.random(), Role.DIALOGUE_OFFICER, Role.AUDITOR)));
  }

  @Test
  void onlyAuditorsVerifyTheChain() {
    assertEquals(Set.of(Role.AUDITOR), policy.verifiers());
    for (Role role : Role.values()) {
      assertEquals(
          role == Role.AUDITOR, policy.canVerifyTheChain(anActor().withRole(role)), role.name());
    }
  }
}
