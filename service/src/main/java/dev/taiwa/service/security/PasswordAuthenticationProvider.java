package dev.taiwa.service.security;

import dev.taiwa.cases.identity.application.LoginAttempts;
import dev.taiwa.cases.identity.application.LoginFailureReason;
import dev.taiwa.cases.identity.application.LoginOutcome;
import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * Checks {@code POST /login} credentials with the {@link LoginAttempts} use case, which audits
 * every attempt and applies the lockout. Runs on the blocking executor (the default of executor
 * authentication providers), never on the event loop.
 *
 * <p>The caller learns little: an unknown user, a wrong password and a locked account all answer
 * "credentials do not match"; only the right password of a disabled account answers "disabled".
 */
@Singleton
final class PasswordAuthenticationProvider<B>
    implements HttpRequestExecutorAuthenticationProvider<B> {
  /**
   * Looked up on first use: micronaut-security instantiates authentication providers while it
   * evaluates bean conditions, and building the login use case then (with its database chain) would
   * re-enter the creation of the JDBC operations.
   */
  private final BeanProvider<LoginAttempts> logins;

  PasswordAuthenticationProvider(BeanProvider<LoginAttempts> logins) {
    this.logins = logins;
  }

  @Override
  public AuthenticationResponse authenticate(
      HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
    LoginOutcome outcome = logins.get().attempt(credentials.getIdentity(), credentials.getSecret());
    if (outcome instanceof LoginOutcome.Succeeded succeeded) {
      return TokenClaims.success(succeeded.account());
    }
    LoginFailureReason reason = ((LoginOutcome.Failed) outcome).reason();
    return AuthenticationResponse.failure(
        reason == LoginFailureReason.DISABLED
            ? AuthenticationFailureReason.USER_DISABLED
            : AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
  }
}
