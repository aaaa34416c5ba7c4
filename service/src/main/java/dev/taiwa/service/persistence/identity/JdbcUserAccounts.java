package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
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

  /** One query for all of {@code ids}. */
  @Override
  public List<UserAccount> findAll(Collection<UserId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().map(UserId::toString).distinct().toList();
    return repository.findByIdIn(keys).stream().map(UserAccountMapper::toDomain).toList();
  }

  @Override
  public void insert(UserAccount account) {
    repository.save(UserAccountMapper.toRow(account));
  }

  @Override
  public void update(UserAccount account) {
    UserAccountRow next = UserAccountMapper.toRow(account);
    long touched =
        repository.updateAtVersion(
            next.id(),
            next.displayName(),
            next.roles(),
            next.passwordHash(),
            next.enabled(),
            next.sessionEpoch(),
            next.version());
    if (touched != 1) {
      throw new ConcurrentChangeException(
          "user account " + account.id() + " changed since it was read, or does not exist");
    }
  }

  @Override
  public List<UserAccount> all() {
    return repository.listOrderByUsername().stream().map(UserAccountMapper::toDomain).toList();
  }

  @Override
  public List<UserAccount> ofOrganisation(OrganisationId organisation) {
    return repository.findByOrganisationIdOrderByUsername(organisation.toString()).stream()
        .map(UserAccountMapper::toDomain)
        .toList();
  }

  @Override
  public long count() {
    return repository.count();
  }
}
