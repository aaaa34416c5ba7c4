package dev.taiwa.service.persistence.console;

import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.console.ConsoleSessionStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** {@link ConsoleSessionStore} in {@code console_session}. */
@Singleton
public class JdbcConsoleSessions implements ConsoleSessionStore {
  private final ConsoleSessionRepository repository;

  public JdbcConsoleSessions(ConsoleSessionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void insert(Stored session) {
    repository.save(
        new ConsoleSessionRow(
            session.idHash(),
            session.userId().toString(),
            session.sessionEpoch(),
            session.csrfToken(),
            session.startedAt().toEpochMilli(),
            session.lastSeen().toEpochMilli()));
  }

  @Override
  public Optional<Stored> find(String idHash) {
    return repository
        .findById(idHash)
        .map(
            row ->
                new Stored(
                    row.idHash(),
                    UserId.parse(row.userId()),
                    row.sessionEpoch(),
                    row.csrfToken(),
                    Instant.ofEpochMilli(row.startedAt()),
                    Instant.ofEpochMilli(row.lastSeenAt())));
  }

  @Override
  public void touch(String idHash, Instant when) {
    repository.touch(idHash, when.toEpochMilli());
  }

  @Override
  public void delete(String idHash) {
    repository.remove(idHash);
  }

  @Override
  public int deleteIdle(Instant cutoff) {
    return repository.removeIdle(cutoff.toEpochMilli());
  }
}
