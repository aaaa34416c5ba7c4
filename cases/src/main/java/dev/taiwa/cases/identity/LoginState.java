package dev.taiwa.cases.identity;

import java.time.Instant;

/**
 * An account's record of failed logins: how many failed in a row since the last success or lock,
 * and until when the account is locked ({@code null}: never locked or the lock is cleared).
 */
public record LoginState(int consecutiveFailures, Instant lockedUntil) {
  /** No failure since the last success, no lock. */
  public static final LoginState CLEAR = new LoginState(0, null);

  public LoginState {
    if (consecutiveFailures < 0) {
      throw new IllegalArgumentException("consecutive failures must be >= 0");
    }
  }
}
