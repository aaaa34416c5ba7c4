package dev.taiwa.service.wiring;

import dev.taiwa.cases.prereport.model.ApplicabilityVerdict;
import dev.taiwa.cases.prereport.model.PreReportRules;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The named rule parameters under {@code taiwa.rules}; each default and its legal reference is
 * documented in the README's rules table and in {@link PreReportRules}.
 */
@ConfigurationProperties("taiwa.rules")
public final class RulesConfiguration {
  private final PreReportRules defaults = PreReportRules.defaults();
  private int prereportRecommendedLeadDays = defaults.recommendedLeadDays();
  private ApplicabilityVerdict applicabilityLicensingVerdict = defaults.licensingVerdict();
  private ApplicabilityVerdict applicabilityMinimumNecessaryVerdict =
      defaults.minimumNecessaryVerdict();

  public int getPrereportRecommendedLeadDays() {
    return prereportRecommendedLeadDays;
  }

  public void setPrereportRecommendedLeadDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException(
          "taiwa.rules.prereport-recommended-lead-days must be >= 0");
    }
    this.prereportRecommendedLeadDays = days;
  }

  public ApplicabilityVerdict getApplicabilityLicensingVerdict() {
    return applicabilityLicensingVerdict;
  }

  public void setApplicabilityLicensingVerdict(ApplicabilityVerdict verdict) {
    this.applicabilityLicensingVerdict = verdict;
  }

  public ApplicabilityVerdict getApplicabilityMinimumNecessaryVerdict() {
    return applicabilityMinimumNecessaryVerdict;
  }

  public void setApplicabilityMinimumNecessaryVerdict(ApplicabilityVerdict verdict) {
    this.applicabilityMinimumNecessaryVerdict = verdict;
  }

  public PreReportRules preReportRules() {
    return new PreReportRules(
        prereportRecommendedLeadDays,
        applicabilityLicensingVerdict,
        applicabilityMinimumNecessaryVerdict);
  }
}
