package dev.taiwa.service.console;

import dev.taiwa.cases.identity.UserAccount;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's browser sessions, kept in this node's memory: a random id (the cookie's value)
 * names each, which ends on sign-out or after {@code taiwa.console.idle-timeout} without a request.
 * Signing in always starts a new session (a session id known before sign-in is never promoted).
 *
 * <p>Micronaut Session would keep these, but it is not served from the Maven mirror this project
 * builds from; a restart signs every browser out, and several nodes need a sticky load balancer.
 */
@Singleton
final class ConsoleSessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration idleTimeout;

  ConsoleSessions(Clock clock, @Value("${taiwa.console.idle-timeout:30m}") Duration idleTimeout) {
    this.clock = clock;
    this.idleTimeout = idleTimeout;
  }

  /** A new session of {@code account}; sessions idle for too long are dropped on the way. */
  ConsoleSession start(UserAccount account) {
    Instant now = clock.instant();
    sessions.values().removeIf(session -> expired(session, now));
    ConsoleSession session =
        new ConsoleSession(randomToken(), account.id(), account.sessionEpoch(), randomToken(), now);
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session named {@code id}, marked as used now; empty if unknown or idle too long. */
  Optional<ConsoleSession> use(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    ConsoleSession found = sessions.get(id);
    if (found == null) {
      return Optional.empty();
    }
    if (expired(found, now)) {
      sessions.remove(id, found);
      return Optional.empty();
    }
    ConsoleSession used = found.seenAt(now);
    sessions.replace(id, found, used);
    return Optional.of(used);
  }

  void end(String id) {
    if (id != null) {
      sessions.remove(id);
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

  private boolean expired(ConsoleSession session, Instant now) {
    return !session.lastSeen().plus(idleTimeout).isAfter(now);
  }
}
