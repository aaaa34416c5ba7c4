package dev.taiwa.service.security;

/** Names of the Taiwa-specific claims carried in a JWT besides subject and roles. */
final class TokenClaims {
  /** The user's id (UUID). */
  static final String USER_ID = "uid";

  /** The user's organisation id (UUID). */
  static final String ORGANISATION_ID = "org";

  private TokenClaims() {}
}
