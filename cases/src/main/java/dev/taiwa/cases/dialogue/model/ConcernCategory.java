package dev.taiwa.cases.dialogue.model;

/** What a concern is about. */
public enum ConcernCategory {
  COUNTERPARTY,
  END_USE,
  TECHNOLOGY_RETENTION,
  LEFTOVER_RISK_ON_WITHDRAWAL,
  OTHER
}
