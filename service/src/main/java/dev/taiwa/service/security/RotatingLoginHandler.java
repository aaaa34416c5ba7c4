package dev.taiwa.service.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

/**
 * Rotates refresh tokens: micronaut-security answers a refresh with the same refresh token again;
 * Taiwa issues a new one instead (its {@code RefreshTokenGeneratedEvent} stores it in the exchanged
 * token's family, see {@link StoredRefreshTokens}), so each refresh token is good for one exchange.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
final class RotatingLoginHandler extends AccessRefreshTokenLoginHandler {
  RotatingLoginHandler(AccessRefreshTokenGenerator generator) {
    super(generator);
  }

  @Override
  public MutableHttpResponse<?> loginRefresh(
      Authentication authentication, String refreshToken, HttpRequest<?> request) {
    return loginSuccess(authentication, request);
  }
}
