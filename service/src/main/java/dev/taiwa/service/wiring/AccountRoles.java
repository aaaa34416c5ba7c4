package dev.taiwa.service.wiring;

import dev.taiwa.cases.audit.ActorRoles;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The roles users' accounts hold now (none for an unknown user); many users in one query. */
final class AccountRoles implements ActorRoles {
  private final UserAccounts users;

  AccountRoles(UserAccounts users) {
    this.users = users;
  }

  @Override
  public Set<Role> of(UserId user) {
    return users.find(user).map(UserAccount::roles).orElse(Set.of());
  }

  @Override
  public Map<UserId, Set<Role>> ofAll(Collection<UserId> ids) {
    Map<UserId, Set<Role>> roles = new HashMap<>();
    ids.forEach(id -> roles.put(id, Set.of()));
    users.findAll(ids).forEach(account -> roles.put(account.id(), account.roles()));
    return roles;
  }
}
