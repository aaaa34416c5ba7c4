package dev.taiwa.cases.identity.application;

import static dev.taiwa.cases.identity.application.IdentityWorld.PASSWORD;
import static dev.taiwa.cases.kernel.AuditAction.USER_CREATED;
import static dev.taiwa.cases.kernel.AuditAction.USER_DISABLED;
import static dev.taiwa.cases.kernel.AuditAction.USER_ENABLED;
import static dev.taiwa.cases.kernel.AuditAction.USER_PASSWORD_RESET;
import static dev.taiwa.cases.kernel.AuditAction.USER_ROLES_CHANGED;
import static dev.taiwa.cases.kernel.ErrorCode.DUPLICATE;
import static dev.taiwa.cases.kernel.ErrorCode.FORBIDDEN;
import static dev.taiwa.cases.kernel.ErrorCode.INVALID_STATE;
import static dev.taiwa.cases.kernel.ErrorCode.INVALID_VALUE;
import static dev.taiwa.cases.kernel.ErrorCode.NOT_FOUND;
import static dev.taiwa.cases.kernel.ErrorCode.REQUIRED;
import static dev.taiwa.cases.kernel.ErrorCode.SELF_LOCKOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.identity.LoginState;
import dev.taiwa.cases.identity.RefreshToken;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAdministrationTest {
  private final IdentityWorld world = new IdentityWorld();
  private final UserAccount admin = world.admin();
  private final Actor adminActor = admin.asActor();
  private final UserAccount filer = world.account("sato", world.company, Role.FILER);

  @AfterEach
  void theAuditChainStaysIntact() {
    assertTrue(
        new AuditTrail(world.auditLog, (actor, id) -> true, WithheldCases.none(), world.clock)
            .verify()
            .intact());
  }

  private NewUser aNewUser() {
    return new NewUser(
        "yamada.taro", "山田 太郎", world.company.id(), Set.of(Role.FILER), "a long initial secret");
  }

  private <T> Result<T> refused(
      Supplier<Result<T>> command, AuditAction action, ErrorCode... codes) {
    var before = world.users.snapshot();
    int audited = world.auditLog.size();

    Result<T> result = command.get();

    assertFalse(result.accepted());
    assertEquals(List.of(codes), result.errors().stream().map(Rejection::code).toList());
    assertEquals(before, world.users.snapshot(), "a refused command changes no account");
    assertEquals(audited + 1, world.auditLog.size(), "exactly one audit entry");
    AuditEntry entry = world.auditLog.last().entry();
    assertEquals(AuditOutcome.REJECTED, entry.outcome());
    assertEquals(action.code(), entry.action());
    return result;
  }

  private <T> T accepted(Supplier<Result<T>> command, AuditAction action) {
    int audited = world.auditLog.size();
    int transactions = world.unitOfWork.transactions();

    Result<T> result = command.get();

    assertTrue(result.accepted(), () -> "expected acceptance, got " + result.errors());
    assertEquals(audited + 1, world.auditLog.size(), "exactly one audit entry");
    assertEquals(transactions + 1, world.unitOfWork.transactions(), "in one transaction");
    AuditEntry entry = world.auditLog.last().entry();
    assertEquals(AuditOutcome.ACCEPTED, entry.outcome());
    assertEquals(action.code(), entry.action());
    assertEquals(admin.id(), entry.actorId());
    assertFalse(entry.summary().contains(PASSWORD), "never a password");
    assertFalse(entry.summary().contains("fake-hash"), "never a hash");
    return result.value().orElseThrow();
  }

  private String lastSummary() {
    return world.auditLog.last().entry().summary();
  }

  private RefreshToken aRefreshTokenOf(UserAccount account) {
    RefreshToken token =
        new RefreshToken(
            "hash-" + UserId.random(),
            account.id(),
            world.clock.instant(),
            world.clock.instant().plus(Duration.ofDays(30)),
            null);
    world.refreshTokens.insert(token);
    return token;
  }

  static Stream<Role> everyRoleButAdmin() {
    return Stream.of(Role.values()).filter(r -> r != Role.ADMIN);
  }

  @Nested
  class EveryCommand {
    @ParameterizedTest
    @MethodSource(
        "dev.taiwa.cases.identity.application.AccountAdministrationTest#everyRoleButAdmin")
    void isForbiddenToAnyoneButAnAdministrator(Role role) {
      Actor caller =
          world.account("caller-" + role.name().toLowerCase(), world.operators, role).asActor();
      UserAccount target = world.account("target", world.company, Role.FILER);

      refused(() -> world.accounts.createUser(caller, aNewUser()), USER_CREATED, FORBIDDEN);
      refused(() -> world.accounts.disableUser(caller, target.id()), USER_DISABLED, FORBIDDEN);
      refused(() -> world.accounts.enableUser(caller, target.id()), USER_ENABLED, FORBIDDEN);
      refused(
          () -> world.accounts.resetPassword(caller, target.id(), "another long secret"),
          USER_PASSWORD_RESET,
          FORBIDDEN);
      refused(
          () -> world.accounts.assignRoles(caller, target.id(), Set.of(Role.ADMIN)),
          USER_ROLES_CHANGED,
          FORBIDDEN);
      assertFalse(world.accounts.users(caller, null).accepted());
    }

    @Test
    void onAnUnknownUserIsNotFound() {
      UserId nobody = UserId.random();

      refused(() -> world.accounts.disableUser(adminActor, nobody), USER_DISABLED, NOT_FOUND);
      refused(() -> world.accounts.enableUser(adminActor, nobody), USER_ENABLED, NOT_FOUND);
      refused(
          () -> world.accounts.resetPassword(adminActor, nobody, "another long secret"),
          USER_PASSWORD_RESET,
          NOT_FOUND);
      refused(
          () -> world.accounts.assignRoles(adminActor, nobody, Set.of(Role.FILER)),
          USER_ROLES_CHANGED,
          NOT_FOUND);
    }
  }

  @Nested
  class CreateUser {
    @Test
    void anAdministratorCreatesAnEnabledAccountWithAHashedPassword() {
      UserAccount created =
          accepted(() -> world.accounts.createUser(adminActor, aNewUser()), USER_CREATED);

      UserAccount stored = world.reload(created);
      assertEquals("yamada.taro", stored.username());
      assertEquals("山田 太郎", stored.displayName());
      assertEquals(world.company.id(), stored.organisationId());
      assertEquals(Set.of(Role.FILER), stored.roles());
      assertTrue(stored.enabled());
      assertEquals(world.clock.instant(), stored.createdAt());
      assertTrue(world.hashing.matches("a long initial secret", stored.passwordHash()));
      assertTrue(lastSummary().contains("'yamada.taro'"), lastSummary());
      assertTrue(lastSummary().contains("さくら電子株式会社"), lastSummary());
      assertTrue(lastSummary().contains("[FILER]"), lastSummary());
      assertFalse(lastSummary().contains("a long initial secret"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ab",
          "Yamada",
          "yamada taro",
          "山田",
          "yamada@example",
          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
        })
    void aUserNameOutsideTheRulesIsInvalid(String username) {
      NewUser command =
          new NewUser(username, "山田", world.company.id(), Set.of(Role.FILER), "a long secret!");

      Result<UserAccount> result =
          refused(
              () -> world.accounts.createUser(adminActor, command), USER_CREATED, INVALID_VALUE);

      assertEquals("username", result.errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "a.b_c-d", "0123456789"})
    void aUserNameWithinTheRulesIsAccepted(String username) {
      NewUser command =
          new NewUser(username, "山田", world.company.id(), Set.of(Role.FILER), "a long secret!");

      accepted(() -> world.accounts.createUser(adminActor, command), USER_CREATED);
    }

    @Test
    void aSixtyFourCharacterUserNameIsAccepted() {
      NewUser command =
          new NewUser(
              "a".repeat(64), "山田", world.company.id(), Set.of(Role.FILER), "a long secret!");

      accepted(() -> world.accounts.createUser(adminActor, command), USER_CREATED);
    }

    @Test
    void aTakenUserNameIsADuplicate() {
      NewUser command =
          new NewUser("sato", "佐藤", world.company.id(), Set.of(Role.FILER), "a long secret!");

      Result<UserAccount> result =
          refused(() -> world.accounts.createUser(adminActor, command), USER_CREATED, DUPLICATE);

      assertEquals("username", result.errors().get(0).field());
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
      NewUser command =
          new NewUser(
              "suzuki", "鈴木", OrganisationId.random(), Set.of(Role.FILER), "a long secret!");

      Result<UserAccount> result =
          refused(() -> world.accounts.createUser(adminActor, command), USER_CREATED, NOT_FOUND);

      assertEquals("organisationId", result.errors().get(0).field());
    }

    @Test
    void missingFieldsAreEachRequired() {
      NewUser command = new NewUser(" ", "", null, Set.of(), "");

      Result<UserAccount> result =
          refused(
              () -> world.accounts.createUser(adminActor, command),
              USER_CREATED,
              REQUIRED,
              REQUIRED,
              REQUIRED,
              REQUIRED,
              REQUIRED);

      assertEquals(
          List.of("username", "displayName", "organisationId", "roles", "initialPassword"),
          result.errors().stream().map(Rejection::field).toList());
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsInvalidAndNeverAudited() {
      NewUser command =
          new NewUser("suzuki", "鈴木", world.company.id(), Set.of(Role.FILER), "elevenchars");

      Result<UserAccount> result =
          refused(
              () -> world.accounts.createUser(adminActor, command), USER_CREATED, INVALID_VALUE);

      assertEquals("initialPassword", result.errors().get(0).field());
      assertFalse(lastSummary().contains("elevenchars"));
    }
  }

  @Nested
  class DisableAndEnable {
    @Test
    void disablingAnAccountRevokesItsRefreshTokens() {
      RefreshToken token = aRefreshTokenOf(filer);

      UserAccount disabled =
          accepted(() -> world.accounts.disableUser(adminActor, filer.id()), USER_DISABLED);

      assertFalse(disabled.enabled());
      assertFalse(world.reload(filer).enabled());
      assertFalse(
          world
              .refreshTokens
              .findByKeyHash(token.keyHash())
              .orElseThrow()
              .usableAt(world.clock.instant()));
      assertTrue(lastSummary().contains("'sato'"), lastSummary());
    }

    @Test
    void anAdministratorCannotDisableItself() {
      Result<UserAccount> result =
          refused(
              () -> world.accounts.disableUser(adminActor, admin.id()),
              USER_DISABLED,
              SELF_LOCKOUT);

      assertEquals("id", result.errors().get(0).field());
      assertTrue(world.reload(admin).enabled());
    }

    @Test
    void aDisabledAccountCannotBeDisabledAgain() {
      accepted(() -> world.accounts.disableUser(adminActor, filer.id()), USER_DISABLED);

      refused(
          () -> world.accounts.disableUser(adminActor, filer.id()), USER_DISABLED, INVALID_STATE);
    }

    @Test
    void aDisabledAccountCanBeEnabledAgain() {
      accepted(() -> world.accounts.disableUser(adminActor, filer.id()), USER_DISABLED);

      UserAccount enabled =
          accepted(() -> world.accounts.enableUser(adminActor, filer.id()), USER_ENABLED);

      assertTrue(enabled.enabled());
      assertTrue(world.reload(filer).enabled());
    }

    @Test
    void anEnabledAccountCannotBeEnabledAgain() {
      refused(() -> world.accounts.enableUser(adminActor, filer.id()), USER_ENABLED, INVALID_STATE);
    }
  }

  @Nested
  class ResetPassword {
    @Test
    void theNewPasswordReplacesTheOldAndRefreshTokensAndLockoutAreCleared() {
      RefreshToken token = aRefreshTokenOf(filer);
      world.loginFailures.lock(filer.id(), world.clock.instant().plusSeconds(600));

      accepted(
          () -> world.accounts.resetPassword(adminActor, filer.id(), "a brand new secret"),
          USER_PASSWORD_RESET);

      UserAccount stored = world.reload(filer);
      assertTrue(world.hashing.matches("a brand new secret", stored.passwordHash()));
      assertFalse(world.hashing.matches(PASSWORD, stored.passwordHash()));
      assertEquals(LoginState.CLEAR, world.loginFailures.find(filer.id()));
      assertFalse(
          world
              .refreshTokens
              .findByKeyHash(token.keyHash())
              .orElseThrow()
              .usableAt(world.clock.instant()));
      assertFalse(lastSummary().contains("a brand new secret"));
    }

    @Test
    void aShortNewPasswordIsInvalid() {
      Result<UserAccount> result =
          refused(
              () -> world.accounts.resetPassword(adminActor, filer.id(), "short"),
              USER_PASSWORD_RESET,
              INVALID_VALUE);

      assertEquals("newPassword", result.errors().get(0).field());
    }
  }

  @Nested
  class AssignRoles {
    @Test
    void theRolesAreReplacedAndTheSummaryNamesBothSets() {
      UserAccount changed =
          accepted(
              () ->
                  world.accounts.assignRoles(
                      adminActor, filer.id(), Set.of(Role.AUDITOR, Role.DIALOGUE_OFFICER)),
              USER_ROLES_CHANGED);

      assertEquals(Set.of(Role.AUDITOR, Role.DIALOGUE_OFFICER), changed.roles());
      assertEquals(Set.of(Role.AUDITOR, Role.DIALOGUE_OFFICER), world.reload(filer).roles());
      assertTrue(
          lastSummary().contains("from [FILER] to [DIALOGUE_OFFICER, AUDITOR]"), lastSummary());
    }

    @Test
    void anEmptyRoleSetIsRequired() {
      refused(
          () -> world.accounts.assignRoles(adminActor, filer.id(), Set.of()),
          USER_ROLES_CHANGED,
          REQUIRED);
    }

    @Test
    void anAdministratorCannotRemoveItsOwnAdminRole() {
      Result<UserAccount> result =
          refused(
              () -> world.accounts.assignRoles(adminActor, admin.id(), Set.of(Role.AUDITOR)),
              USER_ROLES_CHANGED,
              SELF_LOCKOUT);

      assertEquals("roles", result.errors().get(0).field());
    }

    @Test
    void anAdministratorMayAddRolesToItselfWhileKeepingAdmin() {
      accepted(
          () ->
              world.accounts.assignRoles(adminActor, admin.id(), Set.of(Role.ADMIN, Role.AUDITOR)),
          USER_ROLES_CHANGED);
    }

    @Test
    void anotherAdministratorMayRemoveAnAdministratorsAdminRole() {
      UserAccount second = world.admin();

      accepted(
          () -> world.accounts.assignRoles(adminActor, second.id(), Set.of(Role.AUDITOR)),
          USER_ROLES_CHANGED);
    }
  }

  @Nested
  class EndingSessions {
    @Test
    void disablingResettingAndChangingRolesEachEndTheAccountsSessions() {
      long before = world.reload(filer).sessionEpoch();

      world.accounts.disableUser(adminActor, filer.id());
      world.accounts.enableUser(adminActor, filer.id());
      assertEquals(before + 1, world.reload(filer).sessionEpoch(), "disable ends sessions");

      world.accounts.resetPassword(adminActor, filer.id(), "a brand new long secret");
      assertEquals(before + 2, world.reload(filer).sessionEpoch(), "reset ends sessions");

      world.accounts.assignRoles(adminActor, filer.id(), Set.of(Role.AUDITOR));
      assertEquals(before + 3, world.reload(filer).sessionEpoch(), "role change ends sessions");
    }

    @Test
    void enablingAnAccountEndsNoSession() {
      world.accounts.disableUser(adminActor, filer.id());
      long disabled = world.reload(filer).sessionEpoch();

      world.accounts.enableUser(adminActor, filer.id());

      assertEquals(disabled, world.reload(filer).sessionEpoch());
    }
  }

  @Nested
  class ListUsers {
    @Test
    void anAdministratorListsEveryAccountByUserName() {
      List<UserAccount> all = world.accounts.users(adminActor, null).value().orElseThrow();

      assertEquals(
          world.users.all().stream().map(UserAccount::username).sorted().toList(),
          all.stream().map(UserAccount::username).toList());
      assertEquals(2, all.size());
    }

    @Test
    void anAdministratorListsOneOrganisationsAccounts() {
      List<UserAccount> company =
          world.accounts.users(adminActor, world.company.id()).value().orElseThrow();

      assertEquals(List.of("sato"), company.stream().map(UserAccount::username).toList());
    }

    @Test
    void aFilerMayNotListAccounts() {
      Result<List<UserAccount>> result = world.accounts.users(filer.asActor(), null);

      assertEquals(List.of(FORBIDDEN), result.errors().stream().map(Rejection::code).toList());
    }
  }

  @Test
  void eachChangeCountsTheVersionUpAndAStaleOneIsRefusedShowingTheAccountAsItIs() {
    Actor actor = admin.asActor();
    UserAccount audited =
        accepted(
            () -> world.accounts.assignRoles(actor, filer.id(), Set.of(Role.AUDITOR), 0L),
            AuditAction.USER_ROLES_CHANGED);
    assertEquals(1, audited.version());
    assertEquals(1, world.users.find(filer.id()).orElseThrow().version());

    Result<UserAccount> stale =
        refused(
            () -> world.accounts.disableUser(actor, filer.id(), 0L),
            AuditAction.USER_DISABLED,
            ErrorCode.CONFLICT);

    assertEquals(Set.of(Role.AUDITOR), stale.value().orElseThrow().roles());
    assertTrue(stale.value().orElseThrow().enabled());
    accepted(() -> world.accounts.disableUser(actor, filer.id(), 1L), AuditAction.USER_DISABLED);
  }
}
