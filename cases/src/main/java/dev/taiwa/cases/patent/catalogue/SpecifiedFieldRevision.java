package dev.taiwa.cases.patent.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of the specified fields and their IPC mapping, in force from {@code effectiveDate}.
 * {@code reference} cites the source; {@code note} says what is unconfirmed.
 */
public record SpecifiedFieldRevision(
    String id,
    String reference,
    LocalDate effectiveDate,
    String note,
    List<SpecifiedField> fields) {
  public SpecifiedFieldRevision {
    Objects.requireNonNull(id, "revision id");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(effectiveDate, "effective date");
    fields = List.copyOf(fields);
  }

  public Optional<SpecifiedField> field(int number) {
    return fields.stream().filter(f -> f.number() == number).findFirst();
  }

  /** True when no field of this revision has an IPC mapping yet. */
  public boolean hasNoIpcMapping() {
    return fields.stream().allMatch(f -> f.ipcGroups().isEmpty());
  }
}
