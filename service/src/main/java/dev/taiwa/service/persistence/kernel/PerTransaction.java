package dev.taiwa.service.persistence.kernel;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import java.sql.Connection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value that lives as long as the current transaction (joined transactions share it): made on
 * first use, handed to {@code beforeCommit} just before the transaction commits (where it may still
 * write in it), and forgotten when the transaction ends either way.
 *
 * @param <T> the value
 */
public final class PerTransaction<T> {
  private final TransactionOperations<Connection> transactions;
  private final Consumer<T> beforeCommit;
  private final Map<Connection, T> values = Collections.synchronizedMap(new IdentityHashMap<>());

  public PerTransaction(TransactionOperations<Connection> transactions, Consumer<T> beforeCommit) {
    this.transactions = transactions;
    this.beforeCommit = beforeCommit;
  }

  /** A value kept for nothing but reuse within the transaction. */
  public PerTransaction(TransactionOperations<Connection> transactions) {
    this(transactions, value -> {});
  }

  /** The current transaction's value, made by {@code fresh} on first use; empty outside one. */
  public Optional<T> current(Supplier<T> fresh) {
    Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
    if (status.isEmpty()) {
      return Optional.empty();
    }
    Connection connection = (Connection) status.get().getConnection();
    T value = values.get(connection);
    if (value == null) {
      T made = fresh.get();
      values.put(connection, made);
      status
          .get()
          .registerSynchronization(
              new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                  beforeCommit.accept(made);
                }

                @Override
                public void afterCompletion(Status completion) {
                  values.remove(connection);
                }
              });
      value = made;
    }
    return Optional.of(value);
  }

  /** The current transaction's value if it made one. */
  public Optional<T> existing() {
    return transactions
        .findTransactionStatus()
        .map(status -> values.get((Connection) status.getConnection()));
  }
}
