package dev.taiwa.cases.screening.model;

/**
 * A hit about to be stored for a case, with the disposition it is stored with: null (unreviewed),
 * or a false positive carried over from an earlier list version by {@link FalsePositiveCarryOver}.
 */
public record HitToStore(ScreeningHit hit, Disposition disposition) {}
