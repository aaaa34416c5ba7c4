package dev.taiwa.cases.prereport.model;

/**
 * The foreign party receiving the technology: its name as written in its own script and in Latin
 * letters, its country (ISO 3166-1 alpha-2) and relationship. Any part may be null in a draft.
 */
public record Counterparty(
    String nameOriginal,
    String nameRomanised,
    String countryCode,
    CounterpartyRelationship relationship) {}
