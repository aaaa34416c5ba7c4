package dev.taiwa.service.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/**
 * The challenge of a 401 ({@code WWW-Authenticate}, RFC 6750): Taiwa's API takes bearer tokens
 * only; HTTP Basic is switched off ({@code micronaut.security.basic-auth.enabled: false}), so no
 * browser offers a password box and no request hashes a password outside {@code POST /login}.
 */
@Singleton
final class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {
  static final String CHALLENGE = "Bearer realm=\"taiwa\"";

  @Override
  public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
    return CHALLENGE;
  }
}
