package dev.taiwa.service.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/**
 * Checks the settings every start depends on, before anything else is built from them: {@code
 * taiwa.mode} must be {@code development} or {@code production} exactly (a mistyped {@code
 * PRODUCTION} or {@code prod} must not silently mean development, with its default secrets and demo
 * users); in production the JWT and refresh-token secrets must be set, 32+ characters, and differ.
 * Each refusal is one line naming the variable to fix.
 */
@Context
final class StartupChecks {
  static final String DEVELOPMENT = "development";
  static final String PRODUCTION = "production";

  StartupChecks(
      @Value("${taiwa.mode:development}") String mode,
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret,
      @Value("${micronaut.security.token.jwt.generator.refresh-token.secret}")
          String refreshSecret) {
    if (!DEVELOPMENT.equals(mode) && !PRODUCTION.equals(mode)) {
      throw new StartupRefusal(
          "Taiwa refuses to start: TAIWA_MODE (taiwa.mode) is '"
              + mode
              + "'; it must be 'development' or 'production'.");
    }
    if (PRODUCTION.equals(mode)) {
      secretsAreTheOperators(secret, refreshSecret);
    }
  }

  private static void secretsAreTheOperators(String secret, String refreshSecret) {
    if (ProductionGuard.DEFAULT_SECRET.equals(secret) || secret.length() < 32) {
      throw new StartupRefusal(
          "Taiwa refuses to start in production: set TAIWA_JWT_SECRET to a secret of your own, 32+"
              + " characters.");
    }
    if (ProductionGuard.DEFAULT_REFRESH_SECRET.equals(refreshSecret)
        || refreshSecret.length() < 32) {
      throw new StartupRefusal(
          "Taiwa refuses to start in production: set TAIWA_REFRESH_SECRET to a secret of your own,"
              + " 32+ characters.");
    }
    if (secret.equals(refreshSecret)) {
      throw new StartupRefusal(
          "Taiwa refuses to start in production: TAIWA_JWT_SECRET and TAIWA_REFRESH_SECRET are"
              + " equal; give each its own secret.");
    }
  }
}
