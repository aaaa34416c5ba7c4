package dev.taiwa.cases.screening.model;

import java.time.LocalDate;
import java.util.List;

/** A list file as read, before it is accepted as a version: source, date, SHA-256, entries. */
public record NewListVersion(
    ListSource source, LocalDate publishedOn, String sha256, List<ListEntry> entries) {
  public NewListVersion {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
