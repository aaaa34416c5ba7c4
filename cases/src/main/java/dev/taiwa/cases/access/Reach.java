package dev.taiwa.cases.access;

/** How far a role's permission extends over cases: one cell of the access matrix. */
public enum Reach {
  /** Every organisation's cases once filed; a draft stays its organisation's own. */
  EVERY_FILED_CASE,
  /** Only the cases of the caller's own organisation. */
  OWN_ORGANISATION,
  /** No case at all. */
  NOTHING
}
