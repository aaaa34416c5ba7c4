package dev.taiwa.cases.prereport.model;

/** How the counterparty relates to the reporting organisation. */
public enum CounterpartyRelationship {
  SUBSIDIARY,
  JOINT_VENTURE,
  UNRELATED
}
