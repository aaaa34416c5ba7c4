package dev.taiwa.service.persistence.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.kernel.UserId;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The accounts of recent callers, so that a request's caller check needs no statement while the
 * account has not changed. Only used while every change of an account is heard: on PostgreSQL a
 * trigger (V46) notifies each change and {@link AccountChangeListener} drops the account here; this
 * node's own changes drop it again when their transaction ends ({@link JdbcUserAccounts}). While
 * nothing listens (SQLite, whose other processes, such as {@code taiwa users}, cannot be heard; a
 * PostgreSQL node still connecting or reconnecting) every look-up reads the account.
 *
 * <p>A change heard while the same account is being read waits for that read and then drops what it
 * read (Caffeine computes a key under its lock). Unknown or removed accounts are never kept.
 */
@Singleton
public final class CallerAccountCache {
  /** A bound on how long a copy is kept even if a change went unheard. */
  static final Duration LONGEST_KEPT = Duration.ofMinutes(1);

  private static final int MAX_ACCOUNTS = 10_000;

  private final Cache<UserId, UserAccount> accounts =
      Caffeine.newBuilder().maximumSize(MAX_ACCOUNTS).expireAfterWrite(LONGEST_KEPT).build();
  private volatile boolean hearing;

  /** The account {@code id}: kept while changes are heard, else (or on a miss) {@code read}. */
  public Optional<UserAccount> find(UserId id, Function<UserId, Optional<UserAccount>> read) {
    if (!hearing) {
      return read.apply(id);
    }
    return Optional.ofNullable(accounts.get(id, key -> read.apply(key).orElse(null)));
  }

  /** Whether look-ups may be answered from here: every change is heard. */
  public boolean hearing() {
    return hearing;
  }

  /** {@code id} changed: its next look-up reads it. */
  void forget(UserId id) {
    accounts.invalidate(id);
  }

  /** Some account changed: every look-up reads again. */
  void forgetAll() {
    accounts.invalidateAll();
  }

  /** Every change is heard from now on: start afresh (changes before went unheard). */
  void startHearing() {
    accounts.invalidateAll();
    hearing = true;
  }

  /** Changes may go unheard (the listening connection is lost): keep nothing, read every time. */
  void stopHearing() {
    hearing = false;
    accounts.invalidateAll();
  }
}
