package dev.taiwa.cases.screening.matching;

import dev.taiwa.cases.screening.model.ListEntry;
import dev.taiwa.cases.screening.model.ListVersion;
import dev.taiwa.cases.screening.model.ScreeningHit;
import dev.taiwa.cases.screening.model.ScreeningSubject;
import dev.taiwa.cases.screening.model.ScreeningThreshold;
import dev.taiwa.cases.screening.port.NameFolding;
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
    List<Keyed<ScreeningSubject.Named>> names =
        subject.names().stream()
            .map(n -> new Keyed<>(n, NameKey.of(n.text(), folding)))
            .filter(k -> !k.key().isEmpty())
            .toList();
    if (names.isEmpty()) {
      return List.of();
    }
    return version.entries().stream()
        .map(e -> best(names, e, version))
        .flatMap(Optional::stream)
        .filter(h -> h.score() >= threshold.value())
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .toList();
  }

  /** How alike two names are under these rules (0–1), for tests and explanations. */
  public double score(String a, String b) {
    return score(NameKey.of(a, folding), NameKey.of(b, folding));
  }

  private Optional<ScreeningHit> best(
      List<Keyed<ScreeningSubject.Named>> names, ListEntry entry, ListVersion version) {
    ScreeningHit best = null;
    for (ListEntry.ListedName listed : entry.names().toList()) {
      NameKey key = listedKeys.computeIfAbsent(listed.text(), t -> NameKey.of(t, folding));
      if (key.isEmpty()) {
        continue;
      }
      for (Keyed<ScreeningSubject.Named> name : names) {
        double score = score(name.key(), key);
        if (best == null || score > best.score()) {
          best =
              new ScreeningHit(
                  version.id(),
                  version.source(),
                  entry,
                  round(score),
                  name.value().text(),
                  name.value().field(),
                  listed.text(),
                  listed.field());
        }
      }
    }
    return Optional.ofNullable(best);
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
}
