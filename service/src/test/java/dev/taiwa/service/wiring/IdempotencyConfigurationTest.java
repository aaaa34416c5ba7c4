package dev.taiwa.service.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long idempotency keys are kept comes from {@code taiwa.idempotency.retention}. */
@MicronautTest(transactional = false, startApplication = false)
@Property(name = "taiwa.idempotency.retention", value = "36h")
class IdempotencyConfigurationTest extends DatabaseTest {
  @Inject OnceOnly onceOnly;

  @Test
  void theConfiguredRetentionIsUsed() {
    assertEquals(Duration.ofHours(36), onceOnly.retention());
  }
}
