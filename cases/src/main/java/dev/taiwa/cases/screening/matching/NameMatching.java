package dev.taiwa.cases.screening.matching;

import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.model.ScreeningThreshold;
import dev.taiwa.cases.screening.port.NameFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a counterparty is matched against a list version: every name of the subject against every
 * name and alias of every entry. Two names both written in a non-Latin script are compared in their
 * folded script form (Traditional, Simplified and shinjitai alike); any other pair is compared
 * romanised (so a romanised name meets romanised names and Latin transliterations, never the raw
 * characters). An entry is a hit when its best pair scores at least the threshold.
 */
public final class NameMatching {
  private final NameFolding folding;
  private final ScreeningThreshold threshold;

  /**
   * The keys of listed names, folded once: a list's names recur in every version and every
   * screening, and folding (transliteration) is the expensive part of a comparison.
   */
  private final Map<String, NameKey> listedKeys = new ConcurrentHashMap<>();

  public NameMatching(NameFolding folding, ScreeningThreshold threshold) {
    this.folding = folding;
    this.threshold = threshold;
  }

  public ScreeningThreshold threshold() {
    return threshold;
  }

  /** The entries of {@code version} that match {@code subject}, best first. */
  public List<ScreeningHit> screen(ScreeningSubject subject, ListVersion version) {
    return prepare(version).screen(subject);
  }

  /**
   * {@code version} ready to screen many subjects against (a re-screening of every open case): its
   * entries' names folded once, and the subjects' names folded once per distinct name.
   */
  public Prepared prepare(ListVersion version) {
    List<PreparedEntry> entries = new ArrayList<>(version.entries().size());
    for (ListEntry entry : version.entries()) {
      List<Keyed<ListEntry.ListedName>> names = new ArrayList<>();
      for (ListEntry.ListedName listed : entry.names().toList()) {
        NameKey key = listedKeys.computeIfAbsent(listed.text(), t -> NameKey.of(t, folding));
        if (!key.isEmpty()) {
          names.add(new Keyed<>(listed, key));
        }
      }
      entries.add(new PreparedEntry(entry, names));
    }
    return new Prepared(version, entries);
  }

  /** A list version with its entries' names folded; not shared between threads. */
  public final class Prepared {
    /** Subjects' folded names kept at most (a re-screening meets the same names again). */
    private static final int KEPT_SUBJECT_NAMES = 50_000;

    private final ListVersion version;
    private final List<PreparedEntry> entries;
    private final Map<String, NameKey> subjectKeys = new HashMap<>();

    private Prepared(ListVersion version, List<PreparedEntry> entries) {
      this.version = version;
      this.entries = entries;
    }

    /** The entries that match {@code subject}, best first. */
    public List<ScreeningHit> screen(ScreeningSubject subject) {
      List<Keyed<ScreeningSubject.Named>> names = new ArrayList<>(2);
      for (ScreeningSubject.Named n : subject.names()) {
        NameKey key = subjectKey(n.text());
        if (!key.isEmpty()) {
          names.add(new Keyed<>(n, key));
        }
      }
      if (names.isEmpty()) {
        return List.of();
      }
      List<ScreeningHit> hits = new ArrayList<>();
      for (PreparedEntry entry : entries) {
        best(names, entry, version)
            .filter(h -> h.score() >= threshold.value())
            .ifPresent(hits::add);
      }
      hits.sort((a, b) -> Double.compare(b.score(), a.score()));
      return hits;
    }

    private NameKey subjectKey(String name) {
      NameKey key = subjectKeys.get(name);
      if (key == null) {
        if (subjectKeys.size() >= KEPT_SUBJECT_NAMES) {
          subjectKeys.clear();
        }
        key = NameKey.of(name, folding);
        subjectKeys.put(name, key);
      }
      return key;
    }
  }

  /** How alike two names are under these rules (0–1), for tests and explanations. */
  public double score(String a, String b) {
    return score(NameKey.of(a, folding), NameKey.of(b, folding));
  }

  /** The entry's best pair of names, as a hit, whatever its score. */
  private Optional<ScreeningHit> best(
      List<Keyed<ScreeningSubject.Named>> names, PreparedEntry entry, ListVersion version) {
    double bestScore = -1;
    Keyed<ScreeningSubject.Named> bestName = null;
    Keyed<ListEntry.ListedName> bestListed = null;
    for (Keyed<ListEntry.ListedName> listed : entry.names()) {
      for (Keyed<ScreeningSubject.Named> name : names) {
        double score = score(name.key(), listed.key());
        if (score > bestScore) {
          bestScore = score;
          bestName = name;
          bestListed = listed;
        }
      }
    }
    if (bestName == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ScreeningHit(
            version.id(),
            version.source(),
            entry.entry(),
            round(bestScore),
            bestName.value().text(),
            bestName.value().field(),
            bestListed.value().text(),
            bestListed.value().field()));
  }

  private double score(NameKey a, NameKey b) {
    if (a.hasScript() && b.hasScript()) {
      return folding.scriptSimilarity(a.script(), b.script());
    }
    if (a.latin().isEmpty() || b.latin().isEmpty()) {
      return 0;
    }
    return folding.latinSimilarity(a.latin(), b.latin());
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }

  private record Keyed<T>(T value, NameKey key) {}

  private record PreparedEntry(ListEntry entry, List<Keyed<ListEntry.ListedName>> names) {}
}
