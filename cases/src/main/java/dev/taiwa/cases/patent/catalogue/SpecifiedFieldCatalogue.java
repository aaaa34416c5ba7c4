package dev.taiwa.cases.patent.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The revisions of the specified fields; answers which revision is in force on a date. The built-in
 * revisions come first; the IPC mapping revisions administrators recorded follow, each with the
 * field names and flags of the latest built-in revision (a recorded revision effective on the same
 * day as an earlier one replaces it from that day).
 */
public final class SpecifiedFieldCatalogue {
  private final List<SpecifiedFieldRevision> builtIn;
  private final Supplier<List<IpcMappingRevision>> recorded;

  public SpecifiedFieldCatalogue(List<SpecifiedFieldRevision> revisions) {
    this(revisions, List::of);
  }

  public SpecifiedFieldCatalogue(
      List<SpecifiedFieldRevision> builtIn, Supplier<List<IpcMappingRevision>> recorded) {
    this.builtIn =
        builtIn.stream()
            .sorted(Comparator.comparing(SpecifiedFieldRevision::effectiveDate))
            .toList();
    this.recorded = recorded;
  }

  /** The catalogue Taiwa ships: {@link StandardSpecifiedFields}. */
  public static SpecifiedFieldCatalogue standard() {
    return new SpecifiedFieldCatalogue(List.of(StandardSpecifiedFields.REVISION_2024));
  }

  /** The shipped catalogue followed by the revisions {@code recorded} holds when asked. */
  public static SpecifiedFieldCatalogue standardWith(IpcMappingRevisions recorded) {
    return new SpecifiedFieldCatalogue(
        List.of(StandardSpecifiedFields.REVISION_2024), recorded::all);
  }

  /** The latest revision in force on {@code date}, or empty before the first one. */
  public Optional<SpecifiedFieldRevision> inForceOn(LocalDate date) {
    SpecifiedFieldRevision found = null;
    for (SpecifiedFieldRevision revision : revisions()) {
      if (!revision.effectiveDate().isAfter(date)) {
        found = revision;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every revision in order of effect: built-in first, then the recorded ones as recorded. */
  public List<SpecifiedFieldRevision> revisions() {
    List<IpcMappingRevision> stored = recorded();
    if (stored.isEmpty() || builtIn.isEmpty()) {
      return builtIn;
    }
    SpecifiedFieldRevision base = builtIn.get(builtIn.size() - 1);
    List<SpecifiedFieldRevision> all = new ArrayList<>(builtIn);
    stored.stream().map(r -> r.applyTo(base)).forEach(all::add);
    return List.copyOf(all);
  }

  /** The recorded IPC mapping revisions, in order of effect (then of recording). */
  public List<IpcMappingRevision> recorded() {
    return recorded.get().stream()
        .sorted(
            Comparator.comparing(IpcMappingRevision::effectiveFrom)
                .thenComparing(IpcMappingRevision::recordedAt))
        .toList();
  }

  /** The effective date a new revision must not precede: the latest revision's. */
  public LocalDate latestEffectiveDate() {
    List<SpecifiedFieldRevision> all = revisions();
    return all.isEmpty() ? LocalDate.MIN : all.get(all.size() - 1).effectiveDate();
  }
}
