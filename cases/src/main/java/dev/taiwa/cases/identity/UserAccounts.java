package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.UserId;
import java.util.Optional;

/** Port: stored user accounts. */
public interface UserAccounts {
  Optional<UserAccount> find(UserId id);

  Optional<UserAccount> findByUsername(String username);

  void insert(UserAccount account);

  long count();
}
