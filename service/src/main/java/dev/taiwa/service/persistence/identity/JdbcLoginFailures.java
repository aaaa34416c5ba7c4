package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.LoginFailures;
import dev.taiwa.cases.identity.LoginState;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;

/** {@link LoginFailures} in the {@code failed_logins} and {@code locked_until} columns. */
@Singleton
public class JdbcLoginFailures implements LoginFailures {
  private final LoginStateRepository repository;

  public JdbcLoginFailures(LoginStateRepository repository) {
    this.repository = repository;
  }

  @Override
  public LoginState find(UserId user) {
    return repository
        .find(user.toString())
        .map(
            row ->
                new LoginState(
                    row.failedLogins(),
                    row.lockedUntil() == null ? null : Instant.ofEpochMilli(row.lockedUntil())))
        .orElse(LoginState.CLEAR);
  }

  /** The increment and the read-back share one transaction: the count is this attempt's. */
  @Override
  @Transactional
  public int increment(UserId user) {
    repository.increment(user.toString());
    return repository.find(user.toString()).map(LoginStateRow::failedLogins).orElse(0);
  }

  @Override
  public void lock(UserId user, Instant until) {
    repository.lock(user.toString(), until.toEpochMilli());
  }

  @Override
  public void clear(UserId user) {
    repository.clear(user.toString());
  }
}
