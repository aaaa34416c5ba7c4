package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored user accounts. */
public interface UserAccounts {
  Optional<UserAccount> find(UserId id);

  Optional<UserAccount> findByUsername(String username);

  /**
   * The account a request's caller check reads on every request ({@link #find} by default). A store
   * may answer it from a cache, as long as every change of the account (from any node or process)
   * drops the cached copy before a later request can read it: a disabled account's tokens must stop
   * working at once.
   */
  default Optional<UserAccount> findCaller(UserId id) {
    return find(id);
  }

  /** The accounts among {@code ids} that exist (for names shown on a page of cases). */
  default List<UserAccount> findAll(Collection<UserId> ids) {
    return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
  }

  void insert(UserAccount account);

  /**
   * Stores the account's display name, roles, password hash, enabled flag and session epoch; its
   * id, user name, organisation and creation time never change. Leaves the login failure record
   * alone. Stores it only if the stored account still has {@code account.version()}, and then one
   * higher; throws {@link dev.taiwa.cases.kernel.ConcurrentChangeException} otherwise.
   */
  void update(UserAccount account);

  /** Every account, by user name. */
  List<UserAccount> all();

  /** The accounts of one organisation, by user name. */
  List<UserAccount> ofOrganisation(OrganisationId organisation);

  long count();
}
