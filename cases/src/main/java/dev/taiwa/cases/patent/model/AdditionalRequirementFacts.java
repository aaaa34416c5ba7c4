package dev.taiwa.cases.patent.model;

/**
 * The facts behind the additional requirement (付加要件) of fields (10)–(19): the invention is for
 * defence / military use, the applicant is the State or a national R&amp;D agency, or it results
 * from R&amp;D commissioned by them (wording unconfirmed: any one fact meets the requirement).
 */
public record AdditionalRequirementFacts(
    boolean defencePurpose, boolean stateOrNationalAgencyApplicant, boolean commissionedResearch) {

  public static AdditionalRequirementFacts none() {
    return new AdditionalRequirementFacts(false, false, false);
  }

  /** True when at least one fact meets the additional requirement. */
  public boolean met() {
    return defencePurpose || stateOrNationalAgencyApplicant || commissionedResearch;
  }
}
