package dev.taiwa.service.persistence.identity;

import static dev.taiwa.service.testsupport.IdentityFixture.aFilerOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.LoginFailures;
import dev.taiwa.cases.identity.LoginState;
import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.RefreshToken;
import dev.taiwa.cases.identity.RefreshTokens;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The account ports added for administration and login security, on both databases. */
@MicronautTest(transactional = false, startApplication = false)
class AccountChangesContractTest extends DatabaseTest {
  private static final Instant T = Instant.parse("2026-04-07T01:30:00.123Z");

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject LoginFailures loginFailures;
  @Inject RefreshTokens refreshTokens;
  @Inject UnitOfWork unitOfWork;

  private Organisation organisation(String name) {
    Organisation organisation =
        new Organisation(OrganisationId.random(), name, OrganisationKind.COMPANY);
    organisations.insert(organisation);
    return organisation;
  }

  private UserAccount storedUser(Organisation organisation, String username) {
    UserAccount filer = aFilerOf(organisation.id());
    UserAccount named =
        new UserAccount(
            filer.id(),
            username,
            filer.displayName(),
            filer.organisationId(),
            filer.roles(),
            filer.passwordHash(),
            true,
            filer.createdAt());
    users.insert(named);
    return named;
  }

  @Test
  void anUpdateStoresRolesHashAndEnabledAndKeepsTheRest() {
    UserAccount account = storedUser(organisation("更新株式会社"), "update-me");
    UserAccount changed =
        account
            .withRoles(Set.of(Role.AUDITOR, Role.ADMIN))
            .withPasswordHash("pbkdf2-sha256$1$new$hash")
            .withEnabled(false);

    users.update(changed);

    assertEquals(changed.nextVersion(), users.find(account.id()).orElseThrow());
  }

  @Test
  void anUpdateFromAnOldVersionIsRefusedAndStoresNothing() {
    UserAccount account = storedUser(organisation("版株式会社"), "old-version");
    users.update(account.withRoles(Set.of(Role.AUDITOR)));

    assertThrows(ConcurrentChangeException.class, () -> users.update(account.withEnabled(false)));

    UserAccount stored = users.find(account.id()).orElseThrow();
    assertTrue(stored.enabled());
    assertEquals(Set.of(Role.AUDITOR), stored.roles());
    assertEquals(1, stored.version());
  }

  @Test
  void anUpdateLeavesTheLoginFailuresAlone() {
    UserAccount account = storedUser(organisation("失敗株式会社"), "keeps-failures");
    loginFailures.increment(account.id());
    loginFailures.increment(account.id());

    users.update(account.withRoles(Set.of(Role.AUDITOR)));

    assertEquals(2, loginFailures.find(account.id()).consecutiveFailures());
  }

  @Test
  void accountsAreListedByUserNameAllOrPerOrganisation() {
    Organisation first = organisation("一番株式会社");
    Organisation second = organisation("二番株式会社");
    storedUser(first, "list-c");
    storedUser(second, "list-a");
    storedUser(first, "list-b");

    List<String> all = users.all().stream().map(UserAccount::username).toList();
    List<String> ofFirst =
        users.ofOrganisation(first.id()).stream().map(UserAccount::username).toList();

    assertEquals(all.stream().sorted().toList(), all);
    assertTrue(all.containsAll(List.of("list-a", "list-b", "list-c")));
    assertEquals(List.of("list-b", "list-c"), ofFirst);
  }

  @Test
  void organisationsAreListedByName() {
    organisation("ん最後株式会社");
    organisation("あ最初株式会社");

    List<String> names = organisations.all().stream().map(Organisation::name).toList();

    assertEquals(names.stream().sorted().toList(), names);
  }

  @Test
  void aNewAccountHasACleanLoginRecordAndAnUnknownOneToo() {
    UserAccount account = storedUser(organisation("新規株式会社"), "fresh-login");

    assertEquals(LoginState.CLEAR, loginFailures.find(account.id()));
    assertEquals(LoginState.CLEAR, loginFailures.find(UserId.random()));
  }

  @Test
  void failuresCountUpLockAndClear() {
    UserAccount account = storedUser(organisation("施錠株式会社"), "lock-me");

    assertEquals(1, unitOfWork.inTransaction(() -> loginFailures.increment(account.id())));
    assertEquals(2, unitOfWork.inTransaction(() -> loginFailures.increment(account.id())));
    loginFailures.lock(account.id(), T);
    assertEquals(new LoginState(0, T), loginFailures.find(account.id()));
    loginFailures.increment(account.id());
    loginFailures.clear(account.id());

    assertEquals(LoginState.CLEAR, loginFailures.find(account.id()));
  }

  @Test
  void parallelIncrementsLoseNoFailure() throws Exception {
    UserAccount account = storedUser(organisation("並列株式会社"), "parallel");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results =
          pool.invokeAll(
              Collections.nCopies(
                  8, () -> unitOfWork.inTransaction(() -> loginFailures.increment(account.id()))));
      List<Integer> counts = new ArrayList<>();
      for (Future<Integer> result : results) {
        counts.add(result.get());
      }
      assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), counts.stream().sorted().toList());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(8, loginFailures.find(account.id()).consecutiveFailures());
  }

  @Test
  void refreshTokensAreStoredByHashAndRevokedPerUser() {
    Organisation organisation = organisation("更新券株式会社");
    UserAccount owner = storedUser(organisation, "token-owner");
    UserAccount other = storedUser(organisation, "token-other");
    RefreshToken first = new RefreshToken("a".repeat(64), owner.id(), T, T.plusSeconds(60), null);
    RefreshToken second = new RefreshToken("b".repeat(64), owner.id(), T, T.plusSeconds(60), null);
    RefreshToken others = new RefreshToken("c".repeat(64), other.id(), T, T.plusSeconds(60), null);
    refreshTokens.insert(first);
    refreshTokens.insert(second);
    refreshTokens.insert(others);
    assertEquals(first, refreshTokens.findByKeyHash(first.keyHash()).orElseThrow());

    int revoked = refreshTokens.revokeAll(owner.id(), T.plusSeconds(5));

    assertEquals(2, revoked);
    assertEquals(
        T.plusSeconds(5), refreshTokens.findByKeyHash(first.keyHash()).orElseThrow().revokedAt());
    assertFalse(
        refreshTokens.findByKeyHash(second.keyHash()).orElseThrow().usableAt(T.plusSeconds(6)));
    assertTrue(
        refreshTokens.findByKeyHash(others.keyHash()).orElseThrow().usableAt(T.plusSeconds(6)));
    assertEquals(0, refreshTokens.revokeAll(owner.id(), T.plusSeconds(9)), "already revoked");
    assertEquals(Optional.empty(), refreshTokens.findByKeyHash("d".repeat(64)));
  }
}
