package dev.taiwa.cases.kernel;

/** What a user does in Taiwa; see the roles table in the README. */
public enum Role {
  /** Staff of a company, university or research body: files and follows its own cases. */
  FILER,
  /** Trade-control official (METI): Track A triage, dialogue, informs, licence decisions. */
  DIALOGUE_OFFICER,
  /** Patent office examiner: Track B first screening. */
  PATENT_EXAMINER,
  /** Cabinet Office reviewer: security review and designation. */
  SECURITY_REVIEWER,
  /** Oversight: reads the audit log and statistics, no case content unless granted. */
  AUDITOR,
  /** Operator: users, organisations, reference data; no case content unless granted. */
  ADMIN
}
