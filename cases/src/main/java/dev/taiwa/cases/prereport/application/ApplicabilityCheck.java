package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.catalogue.GroupACountries;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.prereport.model.ApplicabilityAnswer;
import dev.taiwa.cases.prereport.model.ApplicabilityQuestion;
import dev.taiwa.cases.prereport.model.PreReportRules;

/**
 * Tells whether a planned transfer must be pre-reported, and why: each reason names its rule and
 * legal reference. Open to every authenticated caller; it reads no case.
 */
public final class ApplicabilityCheck {
  private final TechnologyCatalogue catalogue;
  private final GroupACountries groupA;
  private final PreReportRules rules;

  public ApplicabilityCheck(
      TechnologyCatalogue catalogue, GroupACountries groupA, PreReportRules rules) {
    this.catalogue = catalogue;
    this.groupA = groupA;
    this.rules = rules;
  }

  public ApplicabilityAnswer check(ApplicabilityQuestion question) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
