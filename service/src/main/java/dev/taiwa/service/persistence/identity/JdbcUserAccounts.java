package dev.taiwa.service.persistence.identity;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.UserId;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link UserAccounts} stored in {@code user_account}. A caller's account comes from {@link
 * CallerAccountCache} while it hears every change (on PostgreSQL, through {@link
 * AccountChangeListener}); an account changed here is dropped from it at once and again when the
 * changing transaction ends, before the change is answered as saved.
 */
@Singleton
public class JdbcUserAccounts implements UserAccounts {
  private final UserAccountRepository repository;
  private final CallerAccountCache callers;
  private final Optional<AccountChangeListener> changes;
  private final TransactionOperations<Connection> transactions;

  JdbcUserAccounts(
      UserAccountRepository repository,
      CallerAccountCache callers,
      Optional<AccountChangeListener> changes,
      TransactionOperations<Connection> transactions) {
    this.repository = repository;
    this.callers = callers;
    this.changes = changes;
    this.transactions = transactions;
  }

  @Override
  public Optional<UserAccount> find(UserId id) {
    return repository.findById(id.toString()).map(UserAccountMapper::toDomain);
  }

  @Override
  public Optional<UserAccount> findCaller(UserId id) {
    changes.ifPresent(AccountChangeListener::start);
    return callers.find(id, this::find);
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
    forgetWhenDone(account.id());
  }

  /**
   * Drops {@code id} from the callers' cache now and when the current transaction ends (a request
   * that read it in between must not keep the old account).
   */
  private void forgetWhenDone(UserId id) {
    callers.forget(id);
    transactions
        .findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completion) {
                        callers.forget(id);
                      }
                    }));
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
