package dev.taiwa.cases.screening.model;

/**
 * A list entry that matches a counterparty: the list version and entry, the score (0–1) and which
 * names matched, in which fields.
 */
public record ScreeningHit(
    ListVersionId listVersion,
    ListSource source,
    ListEntry entry,
    double score,
    String subjectName,
    SubjectField subjectField,
    String entryName,
    MatchedField entryField) {}
