package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link UserAccounts} stored in {@code user_account}. */
@Singleton
public class JdbcUserAccounts implements UserAccounts {
  private final UserAccountRepository repository;

  public JdbcUserAccounts(UserAccountRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<UserAccount> find(UserId id) {
    return repository.findById(id.toString()).map(UserAccountMapper::toDomain);
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return repository.findByUsername(username).map(UserAccountMapper::toDomain);
  }

  @Override
  public void insert(UserAccount account) {
    repository.save(UserAccountMapper.toRow(account));
  }

  @Override
  public long count() {
    return repository.count();
  }
}
