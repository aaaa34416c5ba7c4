package dev.taiwa.cases.prereport.model;

/**
 * The configurable parameters of Track A rules, each named as in configuration ({@code
 * taiwa.rules.*}) and documented with its legal reference in the README.
 *
 * @param recommendedLeadDays {@code prereport.recommendedLeadDays}: days before the planned
 *     contract or decision date by which a report should arrive (METI operational guidance 「原則30日」;
 *     a guide, not a legal standstill)
 * @param licensingVerdict {@code applicability.licensingVerdict}: how the applicability check
 *     answers for licensing, on which sources conflict (default UNCERTAIN)
 * @param minimumNecessaryVerdict {@code applicability.minimumNecessaryVerdict}: the answer when
 *     minimum-necessary provision is claimed, whose wording is unconfirmed (default UNCERTAIN)
 */
public record PreReportRules(
    int recommendedLeadDays,
    ApplicabilityVerdict licensingVerdict,
    ApplicabilityVerdict minimumNecessaryVerdict) {

  public static PreReportRules defaults() {
    return new PreReportRules(30, ApplicabilityVerdict.UNCERTAIN, ApplicabilityVerdict.UNCERTAIN);
  }
}
