package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;

/**
 * Port: each account's count of consecutive failed logins and its lock. Writes join the caller's
 * transaction.
 */
public interface LoginFailures {
  /** The account's record; {@link LoginState#CLEAR} for an account that has none. */
  LoginState find(UserId user);

  /**
   * Adds one failure to the account's count in a single atomic step (so parallel attempts cannot
   * lose one) and returns the new count.
   */
  int increment(UserId user);

  /** Locks the account until {@code until} and starts its count afresh. */
  void lock(UserId user, Instant until);

  /** Clears the count and any lock (after a successful login or a password reset). */
  void clear(UserId user);
}
