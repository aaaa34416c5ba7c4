package dev.taiwa.cases.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Temporary lockout after repeated failed logins: after {@code maxFailures} consecutive failures
 * the account is locked for {@code duration}; while locked even the right password is refused; a
 * success clears the count. Configured as {@code taiwa.security.lockout.max-failures} and {@code
 * taiwa.security.lockout.duration}.
 */
public record LockoutPolicy(int maxFailures, Duration duration) {
  public static final int DEFAULT_MAX_FAILURES = 5;
  public static final Duration DEFAULT_DURATION = Duration.ofMinutes(15);

  public LockoutPolicy {
    Objects.requireNonNull(duration, "duration");
    if (maxFailures < 1) {
      throw new IllegalArgumentException("max failures must be at least 1");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("lockout duration must be positive");
    }
  }

  public static LockoutPolicy defaults() {
    return new LockoutPolicy(DEFAULT_MAX_FAILURES, DEFAULT_DURATION);
  }

  /** True while the account's lock lasts; it ends exactly at {@code lockedUntil}. */
  public boolean isLocked(LoginState state, Instant now) {
    return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
  }

  /** True when {@code consecutiveFailures} failures in a row lock the account. */
  public boolean locksAfter(int consecutiveFailures) {
    return consecutiveFailures >= maxFailures;
  }

  /** When a lock that starts {@code now} ends. */
  public Instant lockedUntil(Instant now) {
    return now.plus(duration);
  }
}
