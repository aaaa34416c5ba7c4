package dev.taiwa.cases.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Answers "which technologies are listed on a date" from the stored revisions. */
public final class TechnologyCatalogue {
  private final TechnologyRevisions revisions;

  public TechnologyCatalogue(TechnologyRevisions revisions) {
    this.revisions = revisions;
  }

  /** Every revision, oldest first. */
  public List<TechnologyRevision> revisions() {
    return revisions.all();
  }

  /** The revision in force on {@code date}: the latest whose effective date is not after it. */
  public Optional<TechnologyRevision> revisionOn(LocalDate date) {
    TechnologyRevision found = null;
    for (TechnologyRevision revision : revisions.all()) {
      if (!revision.effectiveDate().isAfter(date)
          && (found == null || !revision.effectiveDate().isBefore(found.effectiveDate()))) {
        found = revision;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The items of the revision in force on {@code date}, whatever their status. */
  public List<Technology> asOf(LocalDate date) {
    return revisionOn(date).map(TechnologyRevision::items).orElse(List.of());
  }

  /** Technology {@code number} as the revision in force on {@code date} states it. */
  public Optional<Technology> find(int number, LocalDate date) {
    return revisionOn(date).flatMap(r -> r.item(number));
  }
}
