package dev.taiwa.cases.catalogue;

/**
 * One item of a {@link NewRevision} as its file states it, every field as text (any may be missing
 * or malformed; {@link NewRevisionRules} says which).
 */
public record NewTechnology(
    String number, String nameJa, String nameEn, String status, String effectiveFrom) {}
