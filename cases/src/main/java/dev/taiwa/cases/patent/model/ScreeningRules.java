package dev.taiwa.cases.patent.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The named, configurable rule parameters of first screening.
 *
 * @param screeningStartDate {@code patent.screeningStartDate}: applications filed before it are not
 *     screened (Economic Security Promotion Act, supplementary provisions: Chapter 5 in force on
 *     2024-05-01)
 * @param pctNationalPhaseExcluded {@code patent.pctNationalPhaseExcluded}: PCT applications
 *     entering the national phase are not screened (Art. 66(5))
 * @param divisionalCovered {@code patent.divisionalCovered}: divisional applications are screened
 *     (unconfirmed: treated as covered by default)
 * @param priorityClaimingCovered {@code patent.priorityClaimingCovered}: priority-claiming
 *     applications are screened (unconfirmed: treated as covered by default)
 * @param screeningMonths {@code patent.screeningMonths}: the office sends an application to review
 *     within this many months of filing (Art. 66)
 */
public record ScreeningRules(
    LocalDate screeningStartDate,
    boolean pctNationalPhaseExcluded,
    boolean divisionalCovered,
    boolean priorityClaimingCovered,
    int screeningMonths) {
  public ScreeningRules {
    Objects.requireNonNull(screeningStartDate, "screening start date");
    if (screeningMonths < 1) {
      throw new IllegalArgumentException("screening months must be at least 1");
    }
  }

  public static ScreeningRules defaults() {
    return new ScreeningRules(LocalDate.of(2024, 5, 1), true, true, true, 3);
  }
}
