package dev.taiwa.cases.patent.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A revision of the IPC mapping an administrator recorded: in force from {@code effectiveFrom}, it
 * replaces the whole mapping (a field it does not list has no IPC groups from then on); the field
 * names and flags stay those of the built-in revision.
 */
public record IpcMappingRevision(
    String id,
    LocalDate effectiveFrom,
    String source,
    List<IpcMapping> mappings,
    Instant recordedAt,
    String recordedBy) {
  public IpcMappingRevision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(effectiveFrom, "effective from");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(recordedAt, "recorded at");
    mappings = List.copyOf(mappings);
  }

  public Optional<IpcMapping> mapping(int fieldNumber) {
    return mappings.stream().filter(m -> m.fieldNumber() == fieldNumber).findFirst();
  }

  /** {@code base}'s fields with this revision's IPC groups, as a catalogue revision. */
  public SpecifiedFieldRevision applyTo(SpecifiedFieldRevision base) {
    return new SpecifiedFieldRevision(
        id,
        source,
        effectiveFrom,
        "IPC mapping recorded by an administrator; field names from " + base.id() + ".",
        base.fields().stream()
            .map(
                f ->
                    new SpecifiedField(
                        f.number(),
                        f.nameJa(),
                        f.nameEn(),
                        f.additionalRequirement(),
                        mapping(f.number()).map(IpcMapping::ipcGroups).orElse(List.of())))
            .toList());
  }
}
