package dev.taiwa.cases.prereport.model;

/** What settles the transfer on the planned date: the report is due before it. */
public enum PlannedDateKind {
  CONTRACT,
  AGREEMENT,
  INTERNAL_DECISION
}
