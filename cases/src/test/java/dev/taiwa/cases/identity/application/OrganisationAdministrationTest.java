package dev.taiwa.cases.identity.application;

import static dev.taiwa.cases.kernel.AuditAction.ORGANISATION_CREATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationAdministrationTest {
  private final IdentityWorld world = new IdentityWorld();
  private final Actor admin = world.admin().asActor();

  private List<ErrorCode> codes(Result<?> result) {
    return result.errors().stream().map(Rejection::code).toList();
  }

  @Test
  void anAdministratorCreatesAnOrganisationWithOneAuditEvent() {
    int audited = world.auditLog.size();

    Result<Organisation> result =
        world.organisationAdministration.create(admin, "  ひかり大学 ", OrganisationKind.UNIVERSITY);

    Organisation created = result.value().orElseThrow();
    assertEquals("ひかり大学", created.name());
    assertEquals(OrganisationKind.UNIVERSITY, created.kind());
    assertEquals(created, world.organisations.find(created.id()).orElseThrow());
    assertEquals(audited + 1, world.auditLog.size());
    AuditEntry entry = world.auditLog.last().entry();
    assertEquals(ORGANISATION_CREATED.code(), entry.action());
    assertEquals(AuditOutcome.ACCEPTED, entry.outcome());
    assertTrue(entry.summary().contains("'ひかり大学' (UNIVERSITY)"), entry.summary());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void anyoneButAnAdministratorIsForbiddenAndAudited(Role role) {
    Actor caller = world.account("someone", world.operators, role).asActor();
    long before = world.organisations.count();

    Result<Organisation> result =
        world.organisationAdministration.create(caller, "ひかり大学", OrganisationKind.UNIVERSITY);

    assertEquals(List.of(ErrorCode.FORBIDDEN), codes(result));
    assertEquals(before, world.organisations.count());
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
    assertEquals(ORGANISATION_CREATED.code(), world.auditLog.last().entry().action());
  }

  @Test
  void aNameAndAKindAreRequired() {
    Result<Organisation> result = world.organisationAdministration.create(admin, " ", null);

    assertEquals(List.of(ErrorCode.REQUIRED, ErrorCode.REQUIRED), codes(result));
    assertEquals(List.of("name", "kind"), result.errors().stream().map(Rejection::field).toList());
    assertEquals(AuditOutcome.REJECTED, world.auditLog.last().entry().outcome());
  }

  @Test
  void aTakenNameIsADuplicate() {
    long before = world.organisations.count();

    Result<Organisation> result =
        world.organisationAdministration.create(admin, "さくら電子株式会社", OrganisationKind.COMPANY);

    assertEquals(List.of(ErrorCode.DUPLICATE), codes(result));
    assertEquals(before, world.organisations.count());
  }

  @Test
  void administratorsOfficialsAndAuditorsSeeEveryOrganisation() {
    for (Role role :
        List.of(
            Role.ADMIN,
            Role.DIALOGUE_OFFICER,
            Role.PATENT_EXAMINER,
            Role.SECURITY_REVIEWER,
            Role.AUDITOR)) {
      Actor caller = world.account("r-" + role.ordinal(), world.operators, role).asActor();

      assertEquals(
          List.of("Taiwa 運用チーム", "さくら電子株式会社"),
          world.organisationAdministration.visibleTo(caller).stream()
              .map(Organisation::name)
              .sorted()
              .toList(),
          role.name());
    }
  }

  @Test
  void aFilerSeesOnlyItsOwnOrganisation() {
    Actor filer = world.account("sato", world.company, Role.FILER).asActor();

    assertEquals(List.of(world.company), world.organisationAdministration.visibleTo(filer));
  }

  @Test
  void listingWritesNothing() {
    int audited = world.auditLog.size();

    world.organisationAdministration.visibleTo(admin);

    assertEquals(audited, world.auditLog.size());
  }
}
