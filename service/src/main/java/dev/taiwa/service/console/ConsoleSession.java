package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One signed-in browser: the account and the session epoch it signed in under (so ending the
 * account's sessions ends this one too), the token every form of the session carries, and when it
 * was last used.
 */
record ConsoleSession(
    String id, UserId userId, long sessionEpoch, String csrfToken, Instant lastSeen) {
  ConsoleSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "user id");
    Objects.requireNonNull(csrfToken, "csrf token");
    Objects.requireNonNull(lastSeen, "last seen");
  }
}
