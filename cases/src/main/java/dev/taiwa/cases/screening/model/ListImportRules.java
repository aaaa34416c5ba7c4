package dev.taiwa.cases.screening.model;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a list file must be to become a version; every problem is reported at once. */
public final class ListImportRules {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private ListImportRules() {}

  /**
   * The problems of {@code draft}: a source, a publication date not after {@code today}, a SHA-256,
   * at least one entry, every entry with a reference (once) and a name, and a file not imported
   * before as a version of the same source ({@code alreadyImported}).
   */
  public static List<Rejection> problems(
      NewListVersion draft, LocalDate today, boolean alreadyImported) {
    List<Rejection> problems = new ArrayList<>();
    if (draft.source() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "source", "Name the list."));
    }
    if (draft.publishedOn() == null) {
      problems.add(
          Rejection.onField(ErrorCode.REQUIRED, "publishedOn", "Give the publication date."));
    } else if (draft.publishedOn().isAfter(today)) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "publishedOn", "A list cannot be published in the future."));
    }
    if (draft.sha256() == null || !SHA256.matcher(draft.sha256()).matches()) {
      problems.add(
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "sha256", "The file's SHA-256 in lower-case hex."));
    }
    if (draft.entries().isEmpty()) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "entries", "The list has no entries."));
    }
    Set<String> refs = new HashSet<>();
    for (ListEntry entry : draft.entries()) {
      if (!refs.add(entry.ref())) {
        problems.add(
            Rejection.onField(
                ErrorCode.DUPLICATE,
                "entries[" + entry.ref() + "].ref",
                "The reference " + entry.ref() + " stands twice in the list."));
      }
      if (entry.name().isBlank()) {
        problems.add(
            Rejection.onField(
                ErrorCode.REQUIRED, "entries[" + entry.ref() + "].name", "An entry needs a name."));
      }
    }
    if (alreadyImported) {
      problems.add(
          Rejection.onField(
              ErrorCode.DUPLICATE,
              "sha256",
              "This file was imported already: a version is imported once."));
    }
    return problems;
  }
}
