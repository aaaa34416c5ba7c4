package dev.taiwa.service.persistence.kernel;

import dev.taiwa.cases.kernel.StoreBusyException;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.service.persistence.database.BusyStoreFailures;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} on the default data source's transactions. {@link #inTransaction} joins the
 * current transaction or starts one; an exception rolls all of it back. {@link #readOnly} runs in a
 * read-only transaction (on SQLite: {@code PRAGMA query_only}, DEFERRED, so it never takes the
 * write lock). A transaction that could not get a lock in time (its BEGIN, or a statement, waited
 * the busy timeout in vain) fails as a {@link StoreBusyException}, having written nothing.
 */
@Singleton
public class TransactionalUnitOfWork implements UnitOfWork {
  private final TransactionOperations<Connection> transactions;
  private final BusyStoreFailures busy;

  public TransactionalUnitOfWork(
      TransactionOperations<Connection> transactions, BusyStoreFailures busy) {
    this.transactions = transactions;
    this.busy = busy;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return transactions.executeWrite(status -> work.get());
    } catch (RuntimeException e) {
      throw busy.translate(e);
    }
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    try {
      return transactions.executeRead(status -> work.get());
    } catch (RuntimeException e) {
      throw busy.translate(e);
    }
  }
}
