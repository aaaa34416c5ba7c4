package dev.taiwa.cases.screening.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 18: "a false positive stays dismissed for the same entry and list version and returns when
 * the entry changes". A hit found in a list version is stored already dismissed when the case has a
 * hit of another version of the same entry (same list source and entry reference), matched by the
 * same subject name in the same field, whose entry as matched is unchanged (name, the set of
 * also-known-as names, country or region, type of concern or source list, addresses; blanks and
 * surrounding spaces aside), and the latest verdict an official gave on such a hit is
 * FALSE_POSITIVE. The carried disposition keeps who decided, when and why, and names the list
 * version in which the official decided. Anything else — the entry changed (a new alias, a new
 * address), another entry, another name of the counterparty matched, no verdict yet, or a
 * TRUE_MATCH — stores the hit unreviewed. A true match is never carried: it is not a dismissal but
 * a standing concern, and a new version of a listed entry is what its officer must look at again.
 */
public final class FalsePositiveCarryOver {
  private FalsePositiveCarryOver() {}

  /** Each of {@code found} with the disposition it is stored with, given the case's stored hits. */
  public static List<HitToStore> apply(List<ScreeningHit> found, Collection<StoredHit> before) {
    return found.stream()
        .map(hit -> new HitToStore(hit, carried(hit, before).orElse(null)))
        .toList();
  }

  /** The false positive {@code hit} is stored with, if one is carried over. */
  public static Optional<Disposition> carried(ScreeningHit hit, Collection<StoredHit> before) {
    return before.stream()
        .filter(b -> b.disposition() != null)
        .filter(b -> !b.hit().listVersion().equals(hit.listVersion()))
        .filter(b -> sameEntry(b.hit(), hit))
        .filter(b -> sameSubject(b.hit(), hit))
        .filter(b -> unchanged(b.hit().entry(), hit.entry()))
        .max(Comparator.comparing(b -> b.disposition().decidedAt()))
        .filter(b -> b.disposition().verdict() == Verdict.FALSE_POSITIVE)
        .map(
            b -> {
              Disposition d = b.disposition();
              return new Disposition(
                  d.verdict(),
                  d.reason(),
                  d.decidedBy(),
                  d.decidedAt(),
                  d.carried() ? d.carriedFrom() : b.hit().listVersion());
            });
  }

  static boolean sameEntry(ScreeningHit a, ScreeningHit b) {
    return a.source() == b.source() && a.entry().ref().equals(b.entry().ref());
  }

  static boolean sameSubject(ScreeningHit a, ScreeningHit b) {
    return a.subjectField() == b.subjectField()
        && Objects.equals(text(a.subjectName()), text(b.subjectName()));
  }

  /**
   * The entry as matched is the same: names, aliases (in any order), country, concern, addresses.
   */
  static boolean unchanged(ListEntry a, ListEntry b) {
    return Objects.equals(text(a.name()), text(b.name()))
        && aliases(a).equals(aliases(b))
        && Objects.equals(text(a.country()), text(b.country()))
        && Objects.equals(text(a.concern()), text(b.concern()))
        && Objects.equals(text(a.addresses()), text(b.addresses()));
  }

  private static Set<String> aliases(ListEntry e) {
    Set<String> set = new HashSet<>();
    e.aliases().stream()
        .map(FalsePositiveCarryOver::text)
        .filter(Objects::nonNull)
        .forEach(set::add);
    return set;
  }

  private static String text(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
