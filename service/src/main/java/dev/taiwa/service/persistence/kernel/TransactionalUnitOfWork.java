package dev.taiwa.service.persistence.kernel;

import dev.taiwa.cases.kernel.UnitOfWork;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * {@link UnitOfWork} on the default data source's transactions. {@link #inTransaction} joins the
 * current transaction or starts one; an exception rolls all of it back. {@link #readOnly} runs in a
 * read-only transaction (on SQLite: {@code PRAGMA query_only}, DEFERRED, so it never takes the
 * write lock).
 */
@Singleton
public class TransactionalUnitOfWork implements UnitOfWork {
  private final TransactionOperations<Connection> transactions;

  public TransactionalUnitOfWork(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.executeWrite(status -> work.get());
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    return transactions.executeRead(status -> work.get());
  }
}
