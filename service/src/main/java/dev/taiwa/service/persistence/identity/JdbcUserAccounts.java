package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
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
    UserAccountRow stored =
        repository
            .findById(account.id().toString())
            .orElseThrow(() -> new IllegalStateException("no user account " + account.id()));
    UserAccountRow next = UserAccountMapper.toRow(account);
    repository.update(
        new UserAccountRow(
            stored.id(),
            stored.username(),
            next.displayName(),
            stored.organisationId(),
            next.roles(),
            next.passwordHash(),
            next.enabled(),
            stored.createdAt(),
            next.sessionEpoch()));
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
