package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Login failure records in a map. */
public final class InMemoryLoginFailures implements LoginFailures {
  private final Map<UserId, LoginState> stored = new HashMap<>();

  @Override
  public LoginState find(UserId user) {
    return stored.getOrDefault(user, LoginState.CLEAR);
  }

  @Override
  public int increment(UserId user) {
    LoginState current = find(user);
    int count = current.consecutiveFailures() + 1;
    stored.put(user, new LoginState(count, current.lockedUntil()));
    return count;
  }

  @Override
  public void lock(UserId user, Instant until) {
    stored.put(user, new LoginState(0, until));
  }

  @Override
  public void clear(UserId user) {
    stored.remove(user);
  }
}
