package dev.taiwa.cases.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {
  private static final Instant NOW = Instant.parse("2026-04-07T01:00:00Z");
  private final LockoutPolicy policy = LockoutPolicy.defaults();

  @Test
  void theDefaultsAreFiveFailuresAndFifteenMinutes() {
    assertEquals(5, policy.maxFailures());
    assertEquals(Duration.ofMinutes(15), policy.duration());
  }

  @Test
  void theFifthConsecutiveFailureLocks() {
    assertFalse(policy.locksAfter(4));
    assertTrue(policy.locksAfter(5));
  }

  @Test
  void aLockLastsUntilItsEndExclusive() {
    LoginState locked = new LoginState(0, policy.lockedUntil(NOW));

    assertTrue(policy.isLocked(locked, NOW));
    assertTrue(policy.isLocked(locked, NOW.plus(Duration.ofMinutes(15)).minusMillis(1)));
    assertFalse(policy.isLocked(locked, NOW.plus(Duration.ofMinutes(15))));
  }

  @Test
  void aClearRecordIsNotLocked() {
    assertFalse(policy.isLocked(LoginState.CLEAR, NOW));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
  }
}
