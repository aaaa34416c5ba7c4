package dev.taiwa.service.persistence.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a caller check reads: the store while changes go unheard, else a copy until it changes. */
class CallerAccountCacheTest {
  private final CallerAccountCache cache = new CallerAccountCache();
  private final UserId id = UserId.random();
  private final AtomicInteger reads = new AtomicInteger();
  private UserAccount stored = account(true);

  private Optional<UserAccount> read(UserId wanted) {
    reads.incrementAndGet();
    return wanted.equals(id) ? Optional.ofNullable(stored) : Optional.empty();
  }

  @Test
  void whileChangesGoUnheardEveryLookUpReadsTheStore() {
    cache.find(id, this::read);
    stored = account(false);

    assertFalse(cache.find(id, this::read).orElseThrow().enabled());
    assertEquals(2, reads.get());
  }

  @Test
  void whileChangesAreHeardAnAccountIsReadOnceUntilItChanges() {
    cache.startHearing();
    cache.find(id, this::read);
    cache.find(id, this::read);
    assertEquals(1, reads.get());

    stored = account(false);
    cache.forget(id);

    assertFalse(cache.find(id, this::read).orElseThrow().enabled());
    assertEquals(2, reads.get());
  }

  @Test
  void anUnknownAccountIsReadAgainEachTime() {
    cache.startHearing();
    UserId unknown = UserId.random();

    assertTrue(cache.find(unknown, this::read).isEmpty());
    assertTrue(cache.find(unknown, this::read).isEmpty());
    assertEquals(2, reads.get());
  }

  @Test
  void whenHearingStopsNothingKeptIsUsedAgain() {
    cache.startHearing();
    cache.find(id, this::read);
    cache.stopHearing();
    stored = account(false);
    cache.startHearing();

    assertFalse(cache.find(id, this::read).orElseThrow().enabled(), "read afresh after the gap");
    assertEquals(2, reads.get());
  }

  @Test
  void forgettingEveryAccountReadsEachAgain() {
    cache.startHearing();
    cache.find(id, this::read);
    stored = account(false);
    cache.forgetAll();

    assertFalse(cache.find(id, this::read).orElseThrow().enabled());
  }

  private UserAccount account(boolean enabled) {
    return new UserAccount(
        id,
        "caller",
        "Caller",
        OrganisationId.random(),
        Set.of(Role.FILER),
        "hash",
        enabled,
        Instant.parse("2026-12-01T00:00:00Z"),
        1,
        1);
  }
}
