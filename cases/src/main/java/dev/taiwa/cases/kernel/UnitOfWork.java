package dev.taiwa.cases.kernel;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is written, or none of it. */
public interface UnitOfWork {
  <T> T inTransaction(Supplier<T> work);

  /** Runs reads in one read-only transaction, so they see one consistent state. */
  <T> T readOnly(Supplier<T> work);
}
