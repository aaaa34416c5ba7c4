package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import java.util.List;
import java.util.Map;

/** Names of the Taiwa-specific claims carried in a JWT besides subject and roles. */
final class TokenClaims {
  /** The user's id (UUID). */
  static final String USER_ID = "uid";

  /** The user's organisation id (UUID). */
  static final String ORGANISATION_ID = "org";

  private TokenClaims() {}

  /** A successful login of {@code account}: its name, current roles and ids as claims. */
  static AuthenticationResponse success(UserAccount account) {
    return AuthenticationResponse.success(account.username(), roles(account), attributes(account));
  }

  /** The authentication a refreshed access token is issued for: the account as it is now. */
  static Authentication authentication(UserAccount account) {
    return Authentication.build(account.username(), roles(account), attributes(account));
  }

  private static List<String> roles(UserAccount account) {
    return account.roles().stream().sorted().map(Enum::name).toList();
  }

  private static Map<String, Object> attributes(UserAccount account) {
    return Map.of(
        USER_ID, account.id().toString(), ORGANISATION_ID, account.organisationId().toString());
  }
}
