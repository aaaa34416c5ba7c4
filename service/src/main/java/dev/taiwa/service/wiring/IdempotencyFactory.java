package dev.taiwa.service.wiring;

import dev.taiwa.cases.idempotency.IdempotencyKeys;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.kernel.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Safe retries of creates: {@link OnceOnly} on the stored keys, which it remembers for {@code
 * taiwa.idempotency.retention} (default 24 hours; {@code 24h}, {@code 2d}, {@code PT36H}).
 * Documented in the README's configuration table.
 */
@Factory
final class IdempotencyFactory {

  @Singleton
  OnceOnly onceOnly(
      IdempotencyKeys keys,
      UnitOfWork unitOfWork,
      Clock clock,
      @Value("${taiwa.idempotency.retention:24h}") Duration retention) {
    return new OnceOnly(keys, unitOfWork, clock, retention);
  }
}
