package dev.taiwa.cases.audit;

/** Whether the audited attempt took effect. */
public enum AuditOutcome {
  ACCEPTED,
  REJECTED,
  READ
}
