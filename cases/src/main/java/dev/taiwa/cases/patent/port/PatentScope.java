package dev.taiwa.cases.patent.port;

import dev.taiwa.cases.kernel.OrganisationId;

/**
 * Which applications a caller may see at all, enforced in the store's query: those its own
 * organisation applied for, and/or every application.
 */
public record PatentScope(OrganisationId applicantOrganisation, boolean everyApplication) {
  public static PatentScope nothing() {
    return new PatentScope(null, false);
  }

  public PatentScope union(PatentScope other) {
    return new PatentScope(
        applicantOrganisation != null ? applicantOrganisation : other.applicantOrganisation,
        everyApplication || other.everyApplication);
  }

  public boolean isNothing() {
    return applicantOrganisation == null && !everyApplication;
  }
}
