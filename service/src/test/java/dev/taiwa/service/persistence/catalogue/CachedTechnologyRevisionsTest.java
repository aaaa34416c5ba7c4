package dev.taiwa.service.persistence.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisionWriter;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedTechnologyRevisionsTest {
  private final CountingStore store = new CountingStore();
  private final AtomicLong nanos = new AtomicLong();
  private final CachedTechnologyRevisions cached =
      new CachedTechnologyRevisions(store, store, Duration.ofSeconds(60), nanos::get);

  @Test
  void repeatedReadsWithinTheTimeToLiveGoToTheStoreOnce() {
    store.add(revision("R1", 2024));

    cached.all();
    cached.all();
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    List<TechnologyRevision> read = cached.all();

    assertEquals(1, store.reads);
    assertEquals(List.of("R1"), read.stream().map(TechnologyRevision::id).toList());
  }

  @Test
  void aRevisionAddedThroughTheCacheIsSeenOnTheNextRead() {
    store.add(revision("R1", 2024));
    cached.all();

    cached.add(revision("R2", 2026));

    assertEquals(List.of("R1", "R2"), cached.all().stream().map(TechnologyRevision::id).toList());
    assertEquals(2, store.reads);
  }

  @Test
  void aRevisionAddedElsewhereIsSeenOnceTheCopyExpires() {
    store.add(revision("R1", 2024));
    cached.all();
    store.add(revision("R2", 2026));

    int before = cached.all().size();
    nanos.addAndGet(Duration.ofSeconds(60).toNanos());
    int after = cached.all().size();

    assertEquals(1, before);
    assertEquals(2, after);
  }

  private static TechnologyRevision revision(String id, int year) {
    return new TechnologyRevision(id, "notice " + id, LocalDate.of(year, 1, 1), null, List.of());
  }

  private static final class CountingStore
      implements TechnologyRevisions, TechnologyRevisionWriter {
    final List<TechnologyRevision> revisions = new ArrayList<>();
    int reads;

    @Override
    public List<TechnologyRevision> all() {
      reads++;
      return List.copyOf(revisions);
    }

    @Override
    public void add(TechnologyRevision revision) {
      revisions.add(revision);
    }
  }
}
