package dev.taiwa.cases.identity.application;

/** Why a login failed: recorded in the audit log, never told to the caller in this detail. */
public enum LoginFailureReason {
  /** The user name or the password was missing. */
  MISSING_CREDENTIALS,
  /** No account has the typed user name. */
  UNKNOWN_USER,
  /** The password does not match (counts towards the lockout). */
  WRONG_PASSWORD,
  /** The account is temporarily locked after repeated failures; even the right password fails. */
  LOCKED,
  /** The password matched but the account is disabled. */
  DISABLED
}
