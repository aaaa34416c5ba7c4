package dev.taiwa.cases.document.template;

/**
 * The parts of a case's data, beyond the case itself and its organisations' names, that a template
 * prints. The use case reads only the parts a template names (a read of review records is an
 * audited secret read, so it happens only for a document that prints them).
 */
public enum MaterialPart {
  /** A pre-report's meetings. */
  MEETINGS,
  /** The case's audit trail as the caller may read it. */
  AUDIT_TIMELINE,
  /** A pre-report's concerns, inform, licence application and outcome. */
  DIALOGUE_DECISIONS,
  /** A patent application's review records, designation term and ledger deadlines. */
  SECURITY_REVIEW
}
