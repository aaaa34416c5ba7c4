package dev.taiwa.cases.identity.application;

import static dev.taiwa.cases.identity.application.IdentityWorld.PASSWORD;
import static dev.taiwa.cases.kernel.AuditAction.LOGIN_FAILED;
import static dev.taiwa.cases.kernel.AuditAction.LOGIN_SUCCEEDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.identity.LoginState;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The world's lockout policy: 3 consecutive failures lock for 10 minutes. */
class LoginAttemptsTest {
  private final IdentityWorld world = new IdentityWorld();
  private final UserAccount sato = world.account("sato", world.company, Role.FILER);

  @AfterEach
  void everyAttemptIsAuditedAndTheChainStaysIntact() {
    assertTrue(
        new AuditTrail(world.auditLog, (actor, id) -> true, WithheldCases.none(), world.clock)
            .verify()
            .intact());
    assertTrue(
        world.auditLog.events().stream().noneMatch(e -> e.entry().summary().contains(PASSWORD)),
        "never a password");
  }

  private LoginOutcome attempt(String username, String password) {
    int audited = world.auditLog.size();
    LoginOutcome outcome = world.logins.attempt(username, password);
    assertEquals(audited + 1, world.auditLog.size(), "one audit event per attempt");
    return outcome;
  }

  private AuditEntry lastEntry() {
    return world.auditLog.last().entry();
  }

  private LoginFailureReason failure(LoginOutcome outcome) {
    return assertInstanceOf(LoginOutcome.Failed.class, outcome).reason();
  }

  @Test
  void theRightPasswordLogsInAndIsAuditedAsSucceeded() {
    LoginOutcome outcome = attempt("sato", PASSWORD);

    assertEquals(sato, assertInstanceOf(LoginOutcome.Succeeded.class, outcome).account());
    assertEquals(LOGIN_SUCCEEDED.code(), lastEntry().action());
    assertEquals(AuditOutcome.ACCEPTED, lastEntry().outcome());
    assertEquals(sato.id(), lastEntry().actorId());
    assertEquals("sato", lastEntry().actorName());
    assertEquals(world.company.id(), lastEntry().actorOrganisation());
  }

  @Test
  void aWrongPasswordFailsAndIsAuditedWithItsReasonButNotThePassword() {
    LoginOutcome outcome = attempt("sato", "not the password");

    assertEquals(LoginFailureReason.WRONG_PASSWORD, failure(outcome));
    assertEquals(LOGIN_FAILED.code(), lastEntry().action());
    assertEquals(AuditOutcome.REJECTED, lastEntry().outcome());
    assertEquals(sato.id(), lastEntry().actorId());
    assertTrue(lastEntry().summary().contains("WRONG_PASSWORD"), lastEntry().summary());
    assertTrue(lastEntry().summary().contains("1 of 3"), lastEntry().summary());
    assertFalse(lastEntry().summary().contains("not the password"));
  }

  @Test
  void anUnknownUserNameIsRecordedAsTypedCutToSixtyFourCharacters() {
    String typed = "intruder-" + "x".repeat(100);
    int checks = world.hashing.checks();

    LoginOutcome outcome = attempt(typed, PASSWORD);

    assertEquals(LoginFailureReason.UNKNOWN_USER, failure(outcome));
    assertNull(lastEntry().actorId());
    assertEquals(typed.substring(0, 64), lastEntry().actorName());
    assertTrue(lastEntry().summary().contains("UNKNOWN_USER"));
    assertEquals(checks + 1, world.hashing.checks(), "a decoy hash costs the same work");
  }

  @Test
  void controlCharactersInATypedNameAreNotWrittenToTheLog() {
    attempt("evil\nLOGIN_SUCCEEDED", PASSWORD);

    assertEquals("evil?LOGIN_SUCCEEDED", lastEntry().actorName());
  }

  @Test
  void missingCredentialsFail() {
    assertEquals(LoginFailureReason.MISSING_CREDENTIALS, failure(attempt("sato", null)));
    assertEquals(LoginFailureReason.MISSING_CREDENTIALS, failure(attempt(" ", PASSWORD)));
  }

  @Test
  void aDisabledAccountFailsEvenWithTheRightPassword() {
    world.users.update(sato.withEnabled(false));

    assertEquals(LoginFailureReason.DISABLED, failure(attempt("sato", PASSWORD)));
    assertTrue(lastEntry().summary().contains("DISABLED"));
  }

  @Nested
  class Lockout {
    @Test
    void theThirdConsecutiveFailureLocksTheAccountForTenMinutes() {
      attempt("sato", "wrong 1");
      attempt("sato", "wrong 2");
      attempt("sato", "wrong 3");

      assertTrue(lastEntry().summary().contains("locked until"), lastEntry().summary());
      assertEquals(
          world.clock.instant().plus(Duration.ofMinutes(10)),
          world.loginFailures.find(sato.id()).lockedUntil());
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPassword() {
      lockSato();

      assertEquals(LoginFailureReason.LOCKED, failure(attempt("sato", PASSWORD)));
      assertTrue(lastEntry().summary().contains("LOCKED"), lastEntry().summary());
      assertEquals(AuditOutcome.REJECTED, lastEntry().outcome());
    }

    @Test
    void attemptsDuringTheLockDoNotProlongIt() {
      lockSato();
      LoginState locked = world.loginFailures.find(sato.id());
      world.clock.advance(Duration.ofMinutes(5));

      attempt("sato", "still wrong");

      assertEquals(locked, world.loginFailures.find(sato.id()));
    }

    @Test
    void theLockEndsAfterItsDuration() {
      lockSato();
      world.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
      assertEquals(LoginFailureReason.LOCKED, failure(attempt("sato", PASSWORD)));

      world.clock.advance(Duration.ofSeconds(1));

      assertInstanceOf(LoginOutcome.Succeeded.class, attempt("sato", PASSWORD));
      assertEquals(LoginState.CLEAR, world.loginFailures.find(sato.id()));
    }

    @Test
    void aSuccessResetsTheCount() {
      attempt("sato", "wrong 1");
      attempt("sato", "wrong 2");

      attempt("sato", PASSWORD);
      assertTrue(lastEntry().summary().contains("after 2 failed attempts"), lastEntry().summary());
      attempt("sato", "wrong 3");
      attempt("sato", "wrong 4");

      assertInstanceOf(LoginOutcome.Succeeded.class, attempt("sato", PASSWORD));
    }

    @Test
    void afterALockEndsTheCountStartsAfresh() {
      lockSato();
      world.clock.advance(Duration.ofMinutes(10));

      attempt("sato", "wrong again");

      assertEquals(1, world.loginFailures.find(sato.id()).consecutiveFailures());
      assertInstanceOf(LoginOutcome.Succeeded.class, attempt("sato", PASSWORD));
    }

    private void lockSato() {
      for (int i = 0; i < world.lockout.maxFailures(); i++) {
        attempt("sato", "wrong " + i);
      }
      assertTrue(
          world.lockout.isLocked(world.loginFailures.find(sato.id()), world.clock.instant()));
    }
  }
}
