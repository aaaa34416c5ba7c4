package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.prereport.model.PreReportState;

/**
 * Which pre-reports a caller may see at all, decided by the access policy and enforced by the store
 * in its query (never by filtering afterwards, so counts cannot leak): its own organisation's
 * reports in every state, and/or every organisation's <em>filed</em> reports (a draft is the
 * company's own until it is submitted).
 *
 * @param ownOrganisation the organisation whose reports are visible in every state, or null
 * @param everyFiledReport whether every organisation's non-draft reports are visible
 */
public record PreReportScope(OrganisationId ownOrganisation, boolean everyFiledReport) {

  public static PreReportScope nothing() {
    return new PreReportScope(null, false);
  }

  public static PreReportScope ownOrganisation(OrganisationId organisation) {
    return new PreReportScope(organisation, false);
  }

  public static PreReportScope filedOfEveryOrganisation() {
    return new PreReportScope(null, true);
  }

  /** What either scope shows. */
  public PreReportScope union(PreReportScope other) {
    if (ownOrganisation != null
        && other.ownOrganisation != null
        && !ownOrganisation.equals(other.ownOrganisation)) {
      throw new IllegalArgumentException("a scope covers at most one own organisation");
    }
    return new PreReportScope(
        ownOrganisation != null ? ownOrganisation : other.ownOrganisation,
        everyFiledReport || other.everyFiledReport);
  }

  public boolean isNothing() {
    return ownOrganisation == null && !everyFiledReport;
  }

  /** True when a report of {@code organisation} in {@code state} lies within this scope. */
  public boolean includes(OrganisationId organisation, PreReportState state) {
    return (ownOrganisation != null && ownOrganisation.equals(organisation))
        || (everyFiledReport && state != PreReportState.DRAFT);
  }
}
