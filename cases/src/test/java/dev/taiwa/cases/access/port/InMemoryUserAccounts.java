package dev.taiwa.cases.access.port;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** User accounts in a map: the directory the grant use cases look grantees up in. */
public final class InMemoryUserAccounts implements UserAccounts {
  private final Map<UserId, UserAccount> accounts = new LinkedHashMap<>();

  @Override
  public Optional<UserAccount> find(UserId id) {
    return Optional.ofNullable(accounts.get(id));
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return accounts.values().stream().filter(a -> a.username().equals(username)).findFirst();
  }

  @Override
  public void insert(UserAccount account) {
    accounts.put(account.id(), account);
  }

  @Override
  public long count() {
    return accounts.size();
  }
}
