package dev.taiwa.cases.prereport.port;

import dev.taiwa.cases.kernel.OrganisationId;

/**
 * Which pre-reports a caller may see at all, decided by the access policy and enforced by the store
 * in its query (never by filtering afterwards, so counts cannot leak).
 */
public sealed interface PreReportScope {
  /** Every organisation's reports (officials). */
  record Everything() implements PreReportScope {}

  /** One organisation's reports (its filers). */
  record OwnOrganisation(OrganisationId organisationId) implements PreReportScope {}

  /** No report at all. */
  record Nothing() implements PreReportScope {}
}
