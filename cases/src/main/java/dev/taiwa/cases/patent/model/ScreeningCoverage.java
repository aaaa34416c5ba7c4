package dev.taiwa.cases.patent.model;

import java.time.LocalDate;
import java.util.Optional;

/** Whether an application is screened at all: the reason it lies outside, or empty when covered. */
public final class ScreeningCoverage {
  private final ScreeningRules rules;

  public ScreeningCoverage(ScreeningRules rules) {
    this.rules = rules;
  }

  /**
   * Why an application filed on {@code filingDate} by {@code route} is not screened, if it is not.
   */
  public Optional<String> outsideReason(LocalDate filingDate, FilingRoute route) {
    if (filingDate.isBefore(rules.screeningStartDate())) {
      return Optional.of("出願日が制度開始日（" + rules.screeningStartDate() + "）より前のため対象外（経済安全保障推進法附則）");
    }
    return switch (route) {
      case PCT_NATIONAL_PHASE ->
          rules.pctNationalPhaseExcluded()
              ? Optional.of("PCT国内移行出願のため対象外（経済安全保障推進法第66条第5項）")
              : Optional.empty();
      case DIVISIONAL ->
          rules.divisionalCovered()
              ? Optional.empty()
              : Optional.of("分割出願を対象外とする設定（patent.divisionalCovered）");
      case PRIORITY_CLAIMING ->
          rules.priorityClaimingCovered()
              ? Optional.empty()
              : Optional.of("優先権主張出願を対象外とする設定（patent.priorityClaimingCovered）");
      case DIRECT -> Optional.empty();
    };
  }
}
