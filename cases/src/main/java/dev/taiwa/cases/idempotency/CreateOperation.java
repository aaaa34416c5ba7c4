package dev.taiwa.cases.idempotency;

/**
 * The creates that accept an idempotency key. Its name is stored with each remembered key, so that
 * a key reused for another create is recognised (and refused) rather than answered with an object
 * of the wrong kind.
 */
public enum CreateOperation {
  CREATE_PRE_REPORT_DRAFT,
  REGISTER_PATENT_APPLICATION,
  SCHEDULE_MEETING,
  RAISE_CONCERN,
  ASK_QUERY,
  CLAIM_COMPENSATION,
  REQUEST_PRIOR_CONFIRMATION,
  CREATE_USER,
  CREATE_ORGANISATION
}
