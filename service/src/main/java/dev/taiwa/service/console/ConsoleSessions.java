package dev.taiwa.service.console;

import dev.taiwa.cases.identity.UserAccount;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The console's browser sessions, kept in the database every node shares (so a restart or another
 * node behind the load balancer keeps a browser signed in): a random id (the cookie's value) names
 * each, and only its SHA-256 is stored. A session ends on sign-out or after {@code
 * taiwa.console.idle-timeout} without a request; its last use is written at most once a minute, so
 * browsing costs no write per page. Signing in always starts a new session (a session id known
 * before sign-in is never promoted) and deletes the sessions idle for too long.
 *
 * <p>Micronaut Session would keep these, but it is not served from the Maven mirror this project
 * builds from.
 */
@Singleton
final class ConsoleSessions {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  private final ConsoleSessionStore store;
  private final Clock clock;
  private final Duration idleTimeout;

  ConsoleSessions(
      ConsoleSessionStore store,
      Clock clock,
      @Value("${taiwa.console.idle-timeout:30m}") Duration idleTimeout) {
    this.store = store;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
  }

  /** A new session of {@code account}; sessions idle for too long are deleted on the way. */
  ConsoleSession start(UserAccount account) {
    Instant now = clock.instant();
    store.deleteIdle(now.minus(idleTimeout));
    ConsoleSession session =
        new ConsoleSession(randomToken(), account.id(), account.sessionEpoch(), randomToken(), now);
    store.insert(
        new ConsoleSessionStore.Stored(
            hash(session.id()),
            session.userId(),
            session.sessionEpoch(),
            session.csrfToken(),
            now,
            now));
    return session;
  }

  /** The live session named {@code id}, marked as used now; empty if unknown or idle too long. */
  Optional<ConsoleSession> use(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String idHash = hash(id);
    Optional<ConsoleSessionStore.Stored> found = store.find(idHash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ConsoleSessionStore.Stored stored = found.get();
    if (!stored.lastSeen().plus(idleTimeout).isAfter(now)) {
      store.delete(idHash);
      return Optional.empty();
    }
    if (!stored.lastSeen().plus(TOUCH_INTERVAL).isAfter(now)) {
      store.touch(idHash, now);
    }
    return Optional.of(
        new ConsoleSession(id, stored.userId(), stored.sessionEpoch(), stored.csrfToken(), now));
  }

  void end(String id) {
    if (id != null) {
      store.delete(hash(id));
    }
  }

  Duration idleTimeout() {
    return idleTimeout;
  }

  /** A 256-bit random value, URL-safe base64: session ids and form tokens. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a form's token is the expected one, in time independent of where they differ. */
  static boolean sameToken(String expected, String presented) {
    return expected != null
        && presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 (hex) of a session id: what the store keeps instead of the cookie's value. */
  static String hash(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
