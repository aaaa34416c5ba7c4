package dev.taiwa.cases.identity;

/** What sort of body an organisation is. */
public enum OrganisationKind {
  COMPANY,
  UNIVERSITY,
  RESEARCH_BODY,
  GOVERNMENT
}
