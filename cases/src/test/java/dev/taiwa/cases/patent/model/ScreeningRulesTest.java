package dev.taiwa.cases.patent.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScreeningRulesTest {
  private final ScreeningCoverage coverage = new ScreeningCoverage(ScreeningRules.defaults());

  @Test
  void anApplicationFiledBeforeTheSystemStartedIsOutsideScreening() {
    assertTrue(
        coverage
            .outsideReason(LocalDate.of(2024, 4, 30), FilingRoute.DIRECT)
            .orElseThrow()
            .contains("2024-05-01"));
    assertTrue(coverage.outsideReason(LocalDate.of(2024, 5, 1), FilingRoute.DIRECT).isEmpty());
  }

  @Test
  void aPctNationalPhaseEntryIsOutsideScreening() {
    assertTrue(
        coverage
            .outsideReason(LocalDate.of(2025, 1, 10), FilingRoute.PCT_NATIONAL_PHASE)
            .orElseThrow()
            .contains("第66条第5項"));
  }

  @Test
  void divisionalAndPriorityClaimingApplicationsAreCoveredByDefaultButConfigurable() {
    LocalDate filed = LocalDate.of(2025, 1, 10);
    assertTrue(coverage.outsideReason(filed, FilingRoute.DIVISIONAL).isEmpty());
    assertTrue(coverage.outsideReason(filed, FilingRoute.PRIORITY_CLAIMING).isEmpty());
    ScreeningCoverage narrow =
        new ScreeningCoverage(new ScreeningRules(LocalDate.of(2024, 5, 1), true, false, false, 3));
    assertTrue(narrow.outsideReason(filed, FilingRoute.DIVISIONAL).isPresent());
    assertTrue(narrow.outsideReason(filed, FilingRoute.PRIORITY_CLAIMING).isPresent());
  }
}
