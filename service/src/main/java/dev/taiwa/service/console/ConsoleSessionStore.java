package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the console's sessions are kept, shared by every node on the database. A session is named
 * by the SHA-256 (hex) of its id, never by the id (the cookie's value) itself.
 */
public interface ConsoleSessionStore {
  void insert(Stored session);

  Optional<Stored> find(String idHash);

  /** Records that the session was used at {@code when}. */
  void touch(String idHash, Instant when);

  void delete(String idHash);

  /** Deletes every session last used at or before {@code cutoff}; how many. */
  int deleteIdle(Instant cutoff);

  /** A stored session. */
  record Stored(
      String idHash,
      UserId userId,
      long sessionEpoch,
      String csrfToken,
      Instant startedAt,
      Instant lastSeen) {
    public Stored {
      Objects.requireNonNull(idHash, "id hash");
      Objects.requireNonNull(userId, "user id");
      Objects.requireNonNull(csrfToken, "csrf token");
      Objects.requireNonNull(startedAt, "started at");
      Objects.requireNonNull(lastSeen, "last seen");
    }
  }
}
