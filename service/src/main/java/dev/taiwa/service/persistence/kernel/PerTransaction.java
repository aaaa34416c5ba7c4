package dev.taiwa.service.persistence.kernel;

import io.micronaut.core.propagation.PropagatedContext;
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
 * <p>Micronaut finds the current transaction in the thread's propagated context, which is
 * immutable: the same context always holds the same transaction. So each thread keeps the context
 * of its last look-up and what it found there, and a value asked for again in the same context (the
 * several stores and values a method of one store uses) is found without looking again.
 *
 * @param <T> the value
 */
public final class PerTransaction<T> {
  private final TransactionOperations<Connection> transactions;
  private final Consumer<T> beforeCommit;
  private final Map<Connection, T> values = Collections.synchronizedMap(new IdentityHashMap<>());

  /** This thread's last look-up of a transaction: the context it looked in and what it found. */
  private static final ThreadLocal<Lookup> LAST = new ThreadLocal<>();

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
    Optional<? extends TransactionStatus<?>> status = status();
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
    return status().map(status -> values.get((Connection) status.getConnection()));
  }

  /** The current transaction, looked up once per propagated context and thread. */
  private Optional<? extends TransactionStatus<?>> status() {
    PropagatedContext context = PropagatedContext.getOrEmpty();
    Lookup last = LAST.get();
    if (last != null && last.context() == context && last.transactions() == transactions) {
      return last.status();
    }
    Optional<? extends TransactionStatus<?>> status = transactions.findTransactionStatus();
    LAST.set(new Lookup(context, transactions, status));
    return status;
  }

  /** What {@code transactions} found in {@code context}. */
  private record Lookup(
      PropagatedContext context,
      TransactionOperations<?> transactions,
      Optional<? extends TransactionStatus<?>> status) {}
}
