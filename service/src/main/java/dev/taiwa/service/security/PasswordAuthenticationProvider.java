package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a user name and password against the stored salted hash (runs on the blocking executor).
 * An unknown user costs the same hash work as a wrong password, so timing does not reveal names.
 */
@Singleton
final class PasswordAuthenticationProvider<B>
    implements HttpRequestExecutorAuthenticationProvider<B> {
  private final UserAccounts users;
  private final PasswordHasher hasher;
  private final String decoyHash;

  PasswordAuthenticationProvider(UserAccounts users, PasswordHasher hasher) {
    this.users = users;
    this.hasher = hasher;
    this.decoyHash = hasher.hash("decoy password never used");
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    String username = credentials.getIdentity();
    String password = credentials.getSecret();
    if (username == null || password == null) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    Optional<UserAccount> account = users.findByUsername(username.trim());
    if (account.isEmpty()) {
      hasher.matches(password, decoyHash);
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    UserAccount user = account.get();
    if (!hasher.matches(password, user.passwordHash())) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
    if (!user.enabled()) {
      return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
    }
    return AuthenticationResponse.success(
        user.username(),
        user.roles().stream().map(Enum::name).toList(),
        Map.of(
            TokenClaims.USER_ID, user.id().toString(),
            TokenClaims.ORGANISATION_ID, user.organisationId().toString()));
  }
}
