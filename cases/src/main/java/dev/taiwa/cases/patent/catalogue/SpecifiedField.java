package dev.taiwa.cases.patent.catalogue;

import dev.taiwa.cases.patent.model.IpcCode;
import java.util.List;
import java.util.Objects;

/**
 * One specified technology field (特定技術分野, Cabinet Order Art. 12(1)). {@code ipcGroups} lists the
 * IPC subclasses, main groups or symbols that define the field; it is empty where no source for the
 * mapping could be cited (then no application is suggested for the field).
 */
public record SpecifiedField(
    int number,
    String nameJa,
    String nameEn,
    boolean additionalRequirement,
    List<String> ipcGroups) {
  public SpecifiedField {
    if (number < 1) {
      throw new IllegalArgumentException("field number must be positive");
    }
    Objects.requireNonNull(nameJa, "Japanese name");
    Objects.requireNonNull(nameEn, "English name");
    ipcGroups = List.copyOf(ipcGroups);
  }

  /** True when any of {@code codes} falls under one of the field's IPC groups. */
  public boolean matchesAny(List<IpcCode> codes) {
    return !codesMatching(codes).isEmpty();
  }

  /** Those of {@code codes} that fall under one of the field's IPC groups: why it is suggested. */
  public List<IpcCode> codesMatching(List<IpcCode> codes) {
    return codes.stream().filter(code -> ipcGroups.stream().anyMatch(code::fallsUnder)).toList();
  }
}
