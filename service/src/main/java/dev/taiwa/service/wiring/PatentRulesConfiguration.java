package dev.taiwa.service.wiring;

import dev.taiwa.cases.patent.model.ScreeningRules;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.LocalDate;

/**
 * The Track B screening rule parameters under {@code taiwa.rules.patent}; each default and its
 * legal reference is documented in {@link ScreeningRules} and the README's rules table.
 */
@ConfigurationProperties("taiwa.rules.patent")
public final class PatentRulesConfiguration {
  private final ScreeningRules defaults = ScreeningRules.defaults();
  private LocalDate screeningStartDate = defaults.screeningStartDate();
  private boolean pctNationalPhaseExcluded = defaults.pctNationalPhaseExcluded();
  private boolean divisionalCovered = defaults.divisionalCovered();
  private boolean priorityClaimingCovered = defaults.priorityClaimingCovered();
  private int screeningMonths = defaults.screeningMonths();

  public LocalDate getScreeningStartDate() {
    return screeningStartDate;
  }

  public void setScreeningStartDate(LocalDate date) {
    this.screeningStartDate = date;
  }

  public boolean isPctNationalPhaseExcluded() {
    return pctNationalPhaseExcluded;
  }

  public void setPctNationalPhaseExcluded(boolean excluded) {
    this.pctNationalPhaseExcluded = excluded;
  }

  public boolean isDivisionalCovered() {
    return divisionalCovered;
  }

  public void setDivisionalCovered(boolean covered) {
    this.divisionalCovered = covered;
  }

  public boolean isPriorityClaimingCovered() {
    return priorityClaimingCovered;
  }

  public void setPriorityClaimingCovered(boolean covered) {
    this.priorityClaimingCovered = covered;
  }

  public int getScreeningMonths() {
    return screeningMonths;
  }

  public void setScreeningMonths(int months) {
    if (months < 1) {
      throw new IllegalArgumentException("taiwa.rules.patent.screening-months must be >= 1");
    }
    this.screeningMonths = months;
  }

  public ScreeningRules screeningRules() {
    return new ScreeningRules(
        screeningStartDate,
        pctNationalPhaseExcluded,
        divisionalCovered,
        priorityClaimingCovered,
        screeningMonths);
  }
}
