package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisionWriter;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The stored revisions, read once and kept: form validation asks for them for every technology of
 * every form, and an import validates thousands of forms a second. An {@link #add} in this process
 * drops the copy at once; a revision another process adds (the CLI's {@code catalogue add} while
 * the service runs) is seen when the copy expires after {@code taiwa.catalogue.cache-ttl} (default
 * 60 s). Revisions take effect on a later date than the current one, so a short delay changes no
 * validation of today.
 */
@Primary
@Singleton
public class CachedTechnologyRevisions implements TechnologyRevisions, TechnologyRevisionWriter {
  private final TechnologyRevisions stored;
  private final TechnologyRevisionWriter writer;
  private final long timeToLiveNanos;
  private final LongSupplier nanoClock;
  private volatile Copy copy;

  private record Copy(List<TechnologyRevision> revisions, long readAt) {}

  @Inject
  CachedTechnologyRevisions(
      JdbcTechnologyRevisions stored,
      @Value("${taiwa.catalogue.cache-ttl:60s}") Duration timeToLive) {
    this(stored, stored, timeToLive, System::nanoTime);
  }

  CachedTechnologyRevisions(
      TechnologyRevisions stored,
      TechnologyRevisionWriter writer,
      Duration timeToLive,
      LongSupplier nanoClock) {
    this.stored = stored;
    this.writer = writer;
    this.timeToLiveNanos = timeToLive.toNanos();
    this.nanoClock = nanoClock;
  }

  @Override
  public List<TechnologyRevision> all() {
    Copy current = copy;
    long now = nanoClock.getAsLong();
    if (current == null || now - current.readAt() >= timeToLiveNanos) {
      current = new Copy(List.copyOf(stored.all()), now);
      copy = current;
    }
    return current.revisions();
  }

  @Override
  public void add(TechnologyRevision revision) {
    copy = null;
    try {
      writer.add(revision);
    } finally {
      copy = null;
    }
  }
}
