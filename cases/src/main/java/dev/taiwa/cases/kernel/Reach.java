package dev.taiwa.cases.kernel;

/** How far a role's permission extends: one cell of the access matrix. */
public enum Reach {
  /** Everything the operation covers; for an operation on no case, simply: allowed. */
  EVERYTHING,
  /** Every organisation's cases once filed; a draft stays its organisation's own. */
  EVERY_FILED_CASE,
  /** Only the cases of the caller's own organisation. */
  OWN_ORGANISATION,
  /** Only the cases assigned to the caller (e.g. the examiner who registered an application). */
  ASSIGNED_CASES,
  /** Nothing: the operation is refused (or, for a list, shows nothing). */
  NOTHING
}
