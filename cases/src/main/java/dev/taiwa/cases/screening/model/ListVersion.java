package dev.taiwa.cases.screening.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One imported version of a list: where it comes from, the date its publisher gave it, the SHA-256
 * of the file it was read from, when it was imported, and its entries. A new version never replaces
 * an old one: a hit names the version it was found in.
 */
public record ListVersion(
    ListVersionId id,
    ListSource source,
    LocalDate publishedOn,
    String sha256,
    Instant importedAt,
    List<ListEntry> entries) {
  public ListVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(importedAt, "importedAt");
    entries = List.copyOf(entries);
  }
}
