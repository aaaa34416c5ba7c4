package dev.taiwa.cases.patent.catalogue;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.patent.model.IpcCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an IPC mapping revision must satisfy, every problem listed: a source text (and one per
 * mapping) of {@value #MIN_SOURCE}–{@value #MAX_SOURCE} characters; an effective date not before
 * the latest revision's; no mapping at all (no field is suggested from then on); field numbers
 * 1–{@value #FIELDS}, each at most once; every group a subclass ({@code F41H}), main group ({@code
 * F41H 3}) or symbol ({@code F41H 3/00}) by the {@link IpcCode} rule. Fields are named as in the
 * input: {@code mappings[0].ipcGroups[1]} (from 0).
 */
public final class IpcMappingRules {
  public static final int FIELDS = 25;
  public static final int MIN_SOURCE = 5;
  public static final int MAX_SOURCE = 2000;

  private IpcMappingRules() {}

  /** Every problem of {@code draft} given the latest revision's effective date. */
  public static List<Rejection> problems(NewIpcMappingRevision draft, LocalDate latestEffective) {
    List<Rejection> problems = new ArrayList<>();
    if (draft.effectiveFrom() == null) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, "effectiveFrom", "Give the effective date."));
    } else if (draft.effectiveFrom().isBefore(latestEffective)) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              "effectiveFrom",
              "Must not be before the latest revision's effective date " + latestEffective + "."));
    }
    source(draft.source(), "source", problems);
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < draft.mappings().size(); i++) {
      mapping(draft.mappings().get(i), "mappings[" + i + "].", numbers, problems);
    }
    return List.copyOf(problems);
  }

  /** The revision {@code draft} states; only for a draft without {@link #problems}. */
  public static IpcMappingRevision revision(
      NewIpcMappingRevision draft, String id, Instant at, String recordedBy) {
    return new IpcMappingRevision(
        id,
        draft.effectiveFrom(),
        draft.source().strip(),
        draft.mappings().stream()
            .map(
                m ->
                    new IpcMapping(
                        m.fieldNumber(),
                        m.ipcGroups().stream().map(g -> group(g).orElseThrow()).distinct().toList(),
                        m.source().strip()))
            .toList(),
        at,
        recordedBy);
  }

  /**
   * The normalised group {@code text} names: a symbol as {@link IpcCode#parse} reads it, a main
   * group or a subclass as the same rule reads it completed; empty when it is none of these.
   */
  public static Optional<String> group(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    Optional<IpcCode> symbol = IpcCode.parse(t);
    if (symbol.isPresent()) {
      return Optional.of(symbol.get().value());
    }
    if (!t.contains("/")) {
      Optional<IpcCode> mainGroup = IpcCode.parse(t + "/00");
      if (mainGroup.isPresent()) {
        return Optional.of(mainGroup.get().mainGroup());
      }
      Optional<IpcCode> subclass = IpcCode.parse(t + " 1/00");
      if (subclass.isPresent() && t.length() == 4) {
        return Optional.of(subclass.get().subclass());
      }
    }
    return Optional.empty();
  }

  private static void mapping(
      NewIpcMappingRevision.Mapping mapping,
      String prefix,
      Set<Integer> numbers,
      List<Rejection> problems) {
    Integer number = mapping.fieldNumber();
    if (number == null) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, prefix + "fieldNumber", "Give the field number."));
    } else if (number < 1 || number > FIELDS) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              prefix + "fieldNumber",
              "Must be a field number from 1 to " + FIELDS + "."));
    } else if (!numbers.add(number)) {
      problems.add(
          Rejection.onField(
              ErrorCode.DUPLICATE,
              prefix + "fieldNumber",
              "Field " + number + " is mapped twice."));
    }
    if (mapping.ipcGroups().isEmpty()) {
      problems.add(
          Rejection.onField(
              ErrorCode.REQUIRED, prefix + "ipcGroups", "Give at least one IPC group."));
    }
    for (int j = 0; j < mapping.ipcGroups().size(); j++) {
      if (group(mapping.ipcGroups().get(j)).isEmpty()) {
        problems.add(
            Rejection.onField(
                ErrorCode.INVALID_VALUE,
                prefix + "ipcGroups[" + j + "]",
                "Not an IPC subclass, main group or symbol such as F41H, F41H 3 or F41H 3/00."));
      }
    }
    source(mapping.source(), prefix + "source", problems);
  }

  private static void source(String text, String field, List<Rejection> problems) {
    if (text == null || text.isBlank()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, field, "Cite the source."));
    } else if (text.strip().length() < MIN_SOURCE || text.strip().length() > MAX_SOURCE) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE,
              field,
              "The source must be " + MIN_SOURCE + " to " + MAX_SOURCE + " characters."));
    } else {
      StorableText.problem(field, text).ifPresent(problems::add);
    }
  }
}
