package dev.taiwa.service.persistence.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.IdempotencyKeys;
import dev.taiwa.cases.idempotency.RememberedCreate;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class IdempotencyKeysContractTest extends DatabaseTest {
  private static final Instant AT = Instant.parse("2026-11-22T01:00:00.123Z");

  @Inject IdempotencyKeys keys;
  @Inject UnitOfWork unitOfWork;

  private static RememberedCreate created(CreateOperation operation, Instant at) {
    return new RememberedCreate(operation, UUID.randomUUID(), at);
  }

  @Test
  void aRememberedCreateComesBackUnchanged() {
    UserId account = UserId.random();
    String key = "client-retry-" + "x".repeat(82) + " ~!{}";
    RememberedCreate create = created(CreateOperation.REGISTER_PATENT_APPLICATION, AT);
    assertEquals(100, key.length(), "the longest key accepted");

    keys.remember(account, key, create);

    assertEquals(Optional.of(create), keys.find(account, key));
    assertTrue(keys.find(account, key.toUpperCase()).isEmpty(), "keys are case-sensitive");
    assertTrue(keys.find(UserId.random(), key).isEmpty(), "keys are per account");
  }

  @Test
  void everyOperationIsStoredByItsName() {
    UserId account = UserId.random();
    for (CreateOperation operation : CreateOperation.values()) {
      RememberedCreate create = created(operation, AT);
      keys.remember(account, operation.name(), create);
      assertEquals(Optional.of(create), keys.find(account, operation.name()));
    }
  }

  @Test
  void theSameKeyOfOneAccountCannotBeRememberedTwiceAndTheFailureRollsBackItsTransaction() {
    UserId account = UserId.random();
    UserId other = UserId.random();
    RememberedCreate first = created(CreateOperation.CREATE_PRE_REPORT_DRAFT, AT);
    keys.remember(account, "k", first);
    keys.remember(other, "k", created(CreateOperation.CREATE_PRE_REPORT_DRAFT, AT));

    assertThrows(
        RuntimeException.class,
        () ->
            unitOfWork.inTransaction(
                () -> {
                  keys.remember(account, "written-before", first);
                  keys.remember(account, "k", created(CreateOperation.CREATE_PRE_REPORT_DRAFT, AT));
                  return null;
                }));

    assertEquals(Optional.of(first), keys.find(account, "k"));
    assertTrue(keys.find(account, "written-before").isEmpty(), "rolled back with the failure");
  }

  @Test
  void aForgottenKeyMayBeRememberedAgain() {
    UserId account = UserId.random();
    keys.remember(account, "again", created(CreateOperation.CREATE_USER, AT));
    RememberedCreate second = created(CreateOperation.CREATE_USER, AT.plusSeconds(90_000));

    unitOfWork.inTransaction(
        () -> {
          keys.forget(account, "again");
          keys.remember(account, "again", second);
          return null;
        });

    assertEquals(Optional.of(second), keys.find(account, "again"));
  }

  @Test
  void forgetBeforeDeletesOnlyOlderKeys() {
    UserId account = UserId.random();
    Instant cutoff = AT.plus(30, ChronoUnit.DAYS);
    keys.remember(account, "older", created(CreateOperation.ASK_QUERY, cutoff.minusMillis(1)));
    keys.remember(account, "at-cutoff", created(CreateOperation.ASK_QUERY, cutoff));
    keys.remember(account, "newer", created(CreateOperation.ASK_QUERY, cutoff.plusSeconds(1)));

    int forgotten = unitOfWork.inTransaction(() -> keys.forgetBefore(cutoff));

    assertTrue(forgotten >= 1, "at least the older key (other tests' keys are older too)");
    assertTrue(keys.find(account, "older").isEmpty());
    assertTrue(keys.find(account, "at-cutoff").isPresent());
    assertTrue(keys.find(account, "newer").isPresent());
  }
}
