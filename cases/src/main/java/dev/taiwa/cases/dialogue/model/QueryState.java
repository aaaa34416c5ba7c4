package dev.taiwa.cases.dialogue.model;

/** Where a query to the company (照会) stands. */
public enum QueryState {
  OPEN,
  ANSWERED,
  WITHDRAWN
}
