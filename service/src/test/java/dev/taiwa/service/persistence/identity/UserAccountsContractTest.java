package dev.taiwa.service.persistence.identity;

import static dev.taiwa.service.testsupport.IdentityFixture.aFilerOf;
import static dev.taiwa.service.testsupport.IdentityFixture.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class UserAccountsContractTest extends DatabaseTest {
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private Organisation storedOrganisation() {
    Organisation organisation = anOrganisation();
    organisations.insert(organisation);
    return organisation;
  }

  @Test
  void aStoredAccountComesBackWithEveryFieldByIdAndByUsername() {
    UserAccount officer =
        new UserAccount(
            UserId.random(),
            "tanaka.𠮷",
            "田中 𠮷郎",
            storedOrganisation().id(),
            Set.of(Role.DIALOGUE_OFFICER, Role.AUDITOR),
            "{pbkdf2}abc$def",
            false,
            Instant.parse("2025-12-31T23:59:59.999Z"));

    users.insert(officer);

    assertEquals(officer, users.find(officer.id()).orElseThrow());
    assertEquals(officer, users.findByUsername("tanaka.𠮷").orElseThrow());
  }

  @Test
  void anAccountWithoutRolesKeepsAnEmptyRoleSet() {
    UserAccount filer = aFilerOf(storedOrganisation().id());
    UserAccount roleless =
        new UserAccount(
            filer.id(),
            filer.username(),
            filer.displayName(),
            filer.organisationId(),
            Set.of(),
            filer.passwordHash(),
            true,
            filer.createdAt());

    users.insert(roleless);

    assertEquals(Set.of(), users.find(roleless.id()).orElseThrow().roles());
  }

  @Test
  void aUsernameCanBelongToOneAccountOnly() {
    Organisation organisation = storedOrganisation();
    UserAccount first = aFilerOf(organisation.id());
    UserAccount second = aFilerOf(organisation.id());
    UserAccount sameName =
        new UserAccount(
            second.id(),
            first.username(),
            second.displayName(),
            second.organisationId(),
            second.roles(),
            second.passwordHash(),
            true,
            second.createdAt());
    users.insert(first);
    long count = users.count();

    assertThrows(RuntimeException.class, () -> users.insert(sameName));
    assertEquals(count, users.count());
  }

  @Test
  void anAccountMustBelongToAStoredOrganisation() {
    UserAccount orphan = aFilerOf(anOrganisation().id());

    assertThrows(RuntimeException.class, () -> users.insert(orphan));
    assertTrue(users.find(orphan.id()).isEmpty());
  }
}
