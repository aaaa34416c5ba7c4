package dev.taiwa.service.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses a token without {@code exp}: micronaut-security checks an expiry only when there is one,
 * and Taiwa issues none without. (A {@code nbf} ahead of now is refused by micronaut-security's
 * not-before validator, switched on in {@code application.yml}.)
 */
@Singleton
final class RequireExpiry<T> implements GenericJwtClaimsValidator<T> {
  @Override
  public boolean validate(Claims claims, @Nullable T request) {
    return claims.get(Claims.EXPIRATION_TIME) != null;
  }
}
