package dev.taiwa.cases.dialogue.model;

/** Where a concern of the ledger stands; see {@link ConcernTransitions}. */
public enum ConcernState {
  RAISED,
  ANSWERED,
  RESOLVED,
  UNRESOLVED
}
