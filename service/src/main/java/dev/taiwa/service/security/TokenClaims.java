package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names of the Taiwa-specific claims carried in a JWT besides subject and roles. */
final class TokenClaims {
  /** The user's id (UUID). */
  static final String USER_ID = "uid";

  /** The user's organisation id (UUID). */
  static final String ORGANISATION_ID = "org";

  /**
   * The account's session epoch when the token was issued: once the account's sessions were ended
   * (disabled, password reset, roles changed) the token is refused.
   */
  static final String SESSION_EPOCH = "sep";

  /**
   * The refresh-token family an exchange continues (an attribute of the authentication a refresh
   * builds, so the successor joins its family).
   */
  static final String REFRESH_FAMILY = "rtf";

  private TokenClaims() {}

  /** A successful login of {@code account}: its name, current roles and ids as claims. */
  static AuthenticationResponse success(UserAccount account) {
    return AuthenticationResponse.success(
        account.username(), roles(account), attributes(account, null));
  }

  /**
   * The authentication a refreshed access token is issued for: the account as it is now; its
   * refresh token succeeds one of {@code family}.
   */
  static Authentication authentication(UserAccount account, String family) {
    return Authentication.build(account.username(), roles(account), attributes(account, family));
  }

  /** The session epoch a token was issued in (tokens from before epochs existed: 0). */
  static long sessionEpoch(Authentication authentication) {
    Object epoch = authentication.getAttributes().get(SESSION_EPOCH);
    if (epoch instanceof Number number) {
      return number.longValue();
    }
    return epoch == null ? 0 : Long.parseLong(epoch.toString());
  }

  private static List<String> roles(UserAccount account) {
    return account.roles().stream().sorted().map(Enum::name).toList();
  }

  private static Map<String, Object> attributes(UserAccount account, String family) {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(USER_ID, account.id().toString());
    attributes.put(ORGANISATION_ID, account.organisationId().toString());
    attributes.put(SESSION_EPOCH, account.sessionEpoch());
    if (family != null) {
      attributes.put(REFRESH_FAMILY, family);
    }
    return attributes;
  }
}
