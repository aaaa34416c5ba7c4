package dev.taiwa.service.persistence.database;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;

/**
 * Offers {@link BusyStoreFailures#translate(Throwable)} to the layers that may not know the
 * persistence adapters (the GraphQL wiring), as the bean named {@value #NAME}: a database failure
 * that means "the lock wait ran out" becomes a {@link dev.taiwa.cases.kernel.StoreBusyException},
 * anything else stays as it is.
 */
@Factory
final class StoreFailuresFactory {
  static final String NAME = "store-failures";

  @Singleton
  @Named(NAME)
  UnaryOperator<Throwable> storeFailures(BusyStoreFailures busy) {
    return busy::translate;
  }
}
