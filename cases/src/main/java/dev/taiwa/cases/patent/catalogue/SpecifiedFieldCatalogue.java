package dev.taiwa.cases.patent.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The revisions of the specified fields; answers which revision is in force on a date. */
public final class SpecifiedFieldCatalogue {
  private final List<SpecifiedFieldRevision> revisions;

  public SpecifiedFieldCatalogue(List<SpecifiedFieldRevision> revisions) {
    this.revisions =
        revisions.stream()
            .sorted(Comparator.comparing(SpecifiedFieldRevision::effectiveDate))
            .toList();
  }

  /** The catalogue Taiwa ships: {@link StandardSpecifiedFields}. */
  public static SpecifiedFieldCatalogue standard() {
    return new SpecifiedFieldCatalogue(List.of(StandardSpecifiedFields.REVISION_2024));
  }

  /** The latest revision in force on {@code date}, or empty before the first one. */
  public Optional<SpecifiedFieldRevision> inForceOn(LocalDate date) {
    SpecifiedFieldRevision found = null;
    for (SpecifiedFieldRevision revision : revisions) {
      if (!revision.effectiveDate().isAfter(date)) {
        found = revision;
      }
    }
    return Optional.ofNullable(found);
  }

  public List<SpecifiedFieldRevision> revisions() {
    return revisions;
  }
}
