package dev.taiwa.cases.dialogue.model;

/** What can be done to a raised concern. */
public enum ConcernAction {
  ANSWER,
  RESOLVE,
  MARK_UNRESOLVED
}
