package dev.taiwa.cases.prereport.model;

/** The kind of act by which the technology would be transferred (the form's transaction type). */
public enum TransactionType {
  /** Moving production to an overseas subsidiary, even a wholly owned one. */
  OVERSEAS_SUBSIDIARY_PRODUCTION,
  /** Contract manufacturing by a foreign company. */
  CONTRACT_MANUFACTURING,
  /** Licensing the technology to a foreign party (whether reportable is unconfirmed). */
  LICENSING,
  /** A joint venture abroad. */
  JOINT_VENTURE,
  /** Anything else: the applicability check cannot decide it alone. */
  OTHER
}
