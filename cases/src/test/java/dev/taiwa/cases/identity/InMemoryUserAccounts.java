package dev.taiwa.cases.identity;

import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** User accounts in a map; user names unique as in the database. */
public final class InMemoryUserAccounts implements UserAccounts {
  private final Map<UserId, UserAccount> stored = new LinkedHashMap<>();

  @Override
  public Optional<UserAccount> find(UserId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return stored.values().stream().filter(a -> a.username().equals(username)).findFirst();
  }

  @Override
  public void insert(UserAccount account) {
    if (stored.containsKey(account.id()) || findByUsername(account.username()).isPresent()) {
      throw new IllegalStateException("duplicate account " + account.username());
    }
    stored.put(account.id(), account);
  }

  @Override
  public void update(UserAccount account) {
    UserAccount current = stored.get(account.id());
    if (current == null) {
      throw new IllegalStateException("no account " + account.id());
    }
    if (current.version() != account.version()) {
      throw new ConcurrentChangeException("account " + account.id() + " changed since it was read");
    }
    stored.put(account.id(), account.nextVersion());
  }

  @Override
  public List<UserAccount> all() {
    return stored.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
  }

  @Override
  public List<UserAccount> ofOrganisation(OrganisationId organisation) {
    return all().stream().filter(a -> a.organisationId().equals(organisation)).toList();
  }

  @Override
  public long count() {
    return stored.size();
  }

  /** A copy of everything stored, to prove a refused command changed nothing. */
  public Map<UserId, UserAccount> snapshot() {
    return Map.copyOf(stored);
  }
}
