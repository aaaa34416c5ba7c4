package dev.taiwa.cases.kernel;

/** Why a command was rejected. Exposed as-is in the GraphQL {@code ErrorCode} enum. */
public enum ErrorCode {
  /** A required field is missing or blank. */
  REQUIRED,
  /** A value has the wrong format or is out of range. */
  INVALID_VALUE,
  /** The technology number is not in the catalogue. */
  UNKNOWN_TECHNOLOGY,
  /** The technology exists but is not in force on the relevant date. */
  TECHNOLOGY_NOT_IN_FORCE,
  /** The country code is not an ISO 3166-1 alpha-2 code. */
  UNKNOWN_COUNTRY,
  /** A date that must lie in the future lies in the past. */
  DATE_IN_PAST,
  /** The case does not exist, or the caller may not know that it exists. */
  NOT_FOUND,
  /** The caller's role may not perform this action. */
  FORBIDDEN,
  /** The action is not allowed in the case's current state. */
  INVALID_STATE,
  /** The case was changed by someone else since it was read. */
  CONFLICT,
  /** The value is already taken (e.g. a user name or an organisation name). */
  DUPLICATE,
  /** An administrator may not disable its own account or remove its own ADMIN role. */
  SELF_LOCKOUT,
  /** A designated application may not be withdrawn or abandoned (ESPA Art. 72). */
  WITHDRAWAL_PROHIBITED_WHILE_DESIGNATED,
  /** The applicant's reply period has not ended yet, so its absence cannot be acted on. */
  REPLY_PERIOD_NOT_ENDED,
  /** An inform cites a concern that is not an unresolved concern of the case. */
  NOT_AN_UNRESOLVED_CONCERN,
  /** The first-screening period has not passed yet (a notice of non-sending must wait). */
  SCREENING_PERIOD_NOT_ENDED,
  /**
   * The first-screening period has passed, or the notice of non-sending was issued: the application
   * can no longer be sent to review (ESPA Art. 66).
   */
  SCREENING_PERIOD_ENDED
}
