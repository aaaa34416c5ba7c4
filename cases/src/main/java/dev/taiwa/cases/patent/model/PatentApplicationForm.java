package dev.taiwa.cases.patent.model;

import dev.taiwa.cases.kernel.OrganisationId;
import java.time.LocalDate;
import java.util.List;

/** What an examiner registers, as entered: {@link PatentApplicationValidation} checks it. */
public record PatentApplicationForm(
    String applicationNumber,
    LocalDate filingDate,
    List<OrganisationId> applicants,
    boolean inventionCompletedInJapan,
    String title,
    String abstractText,
    String claims,
    List<String> ipcCodes,
    FilingRoute route,
    AdditionalRequirementFacts additionalFacts) {
  public PatentApplicationForm {
    applicants = applicants == null ? List.of() : List.copyOf(applicants);
    ipcCodes = ipcCodes == null ? List.of() : List.copyOf(ipcCodes);
    additionalFacts = additionalFacts == null ? AdditionalRequirementFacts.none() : additionalFacts;
  }
}
