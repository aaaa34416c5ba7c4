package dev.taiwa.cases.kernel;

import java.util.function.Supplier;

/** Runs the work directly, counting transactions so tests can see how many a command opened. */
public final class PassThroughUnitOfWork implements UnitOfWork {
  private int transactions;

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions++;
    return work.get();
  }

  @Override
  public <T> T readOnly(Supplier<T> work) {
    return work.get();
  }

  public int transactions() {
    return transactions;
  }
}
