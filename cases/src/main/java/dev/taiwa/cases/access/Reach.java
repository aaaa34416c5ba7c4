package dev.taiwa.cases.access;

/** How far a role's permission extends over cases: one cell of the access matrix. */
public enum Reach {
  /** Every organisation's cases. */
  EVERYTHING,
  /** Only the cases of the caller's own organisation. */
  OWN_ORGANISATION,
  /** No case at all. */
  NOTHING
}
