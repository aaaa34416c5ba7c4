package dev.taiwa.cases.prereport.model;

/**
 * One step of the applicability answer: the named rule that fired, its legal reference and what it
 * concluded, in a sentence in English ({@code message}) and in Japanese ({@code messageJa}).
 */
public record ApplicabilityReason(
    String rule,
    String legalReference,
    ApplicabilityVerdict points,
    String message,
    String messageJa) {}
