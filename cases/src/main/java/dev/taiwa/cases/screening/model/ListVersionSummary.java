package dev.taiwa.cases.screening.model;

import java.time.Instant;
import java.time.LocalDate;

/** What a list of versions shows of one: everything but its entries. */
public record ListVersionSummary(
    ListVersionId id,
    ListSource source,
    LocalDate publishedOn,
    String sha256,
    Instant importedAt,
    String importedBy,
    int entryCount) {}
