package dev.taiwa.tools.demo;

/**
 * The proportions of the synthetic dataset, named so they can be read and changed. The patent
 * figures follow the first year of the non-disclosure system (domain.md, to 2025-03-31: 90
 * applications sent to security review, 0 designations) over roughly 300,000 domestic patent
 * applications a year (an approximation of the JPO's annual filings, not an official figure).
 */
final class DemoFigures {
  /** Share of the generated cases that are pre-reports; the rest are patent applications. */
  static final double PRE_REPORT_SHARE = 0.2;

  /** Applications sent to security review: 90 in the first year of about 300,000. */
  static final double SENT_TO_REVIEW_RATE = 90.0 / 300_000;

  /** Designations: none in the first year; one in a million keeps them rare but possible. */
  static final double DESIGNATED_RATE = 1.0 / 1_000_000;

  /** Applications outside screening (PCT national phase): a guess, about one in five. */
  static final double PCT_NATIONAL_PHASE_RATE = 0.2;

  /** Informs are rare: a share of the cases in dialogue (no inform data on this branch yet). */
  static final double INFORM_RATE = 0.01;

  /** Cases per company: companies are about one per this many pre-reports (at least 5). */
  static final int PRE_REPORTS_PER_COMPANY = 20;

  /**
   * Relative weights of technologies 1–24: the first ten (in force since 2024-12-30, the
   * electronics supply chain) are reported far more often than the later ones.
   */
  static final int[] TECHNOLOGY_WEIGHTS = {
    30, 12, 14, 8, 6, 10, 3, 16, 6, 5, 4, 2, 4, 5, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1
  };

  private DemoFigures() {}
}
