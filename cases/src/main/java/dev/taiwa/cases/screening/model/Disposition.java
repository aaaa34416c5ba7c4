package dev.taiwa.cases.screening.model;

import java.time.Instant;

/**
 * An official's verdict on a stored hit, with the reason; internal to officials. {@code
 * carriedFrom} is set on a false positive carried over to a newer list version's hit of the same,
 * unchanged entry ({@link FalsePositiveCarryOver}): the list version in which the official decided;
 * who, when and why are that decision's. Null on a verdict given on this hit itself.
 */
public record Disposition(
    Verdict verdict,
    String reason,
    String decidedBy,
    Instant decidedAt,
    ListVersionId carriedFrom) {

  /** A verdict given on the hit itself. */
  public Disposition(Verdict verdict, String reason, String decidedBy, Instant decidedAt) {
    this(verdict, reason, decidedBy, decidedAt, null);
  }

  public boolean carried() {
    return carriedFrom != null;
  }

  /** The id of the list version the verdict was carried over from, or null (for the schema). */
  public String carriedFromVersion() {
    return carriedFrom == null ? null : carriedFrom.value();
  }
}
