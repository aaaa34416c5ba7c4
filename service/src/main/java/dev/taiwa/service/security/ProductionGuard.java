package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.service.demo.DemoDirectory;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.util.List;

/**
 * In production mode ({@code taiwa.mode=production}) refuses to start while the JWT secret or the
 * refresh-token secret is the development default or while any demo user can still log in with the
 * demo password. Fails the start-up, loudly.
 */
@Context
@Requires(property = "taiwa.mode", value = "production")
final class ProductionGuard {
  static final String DEFAULT_SECRET = "taiwa-development-secret-change-me-0123456789";
  static final String DEFAULT_REFRESH_SECRET = "taiwa-development-refresh-secret-change-me-0123";

  ProductionGuard(
      @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret,
      @Value("${micronaut.security.token.jwt.generator.refresh-token.secret}") String refreshSecret,
      UserAccounts users,
      PasswordHasher hasher) {
    if (DEFAULT_SECRET.equals(secret)) {
      throw new IllegalStateException(
          "Production mode refuses the default JWT secret: set TAIWA_JWT_SECRET (32+ characters).");
    }
    if (secret.length() < 32) {
      throw new IllegalStateException("Production mode needs a JWT secret of 32+ characters.");
    }
    if (DEFAULT_REFRESH_SECRET.equals(refreshSecret) || refreshSecret.length() < 32) {
      throw new IllegalStateException(
          "Production mode needs its own refresh-token secret: set TAIWA_REFRESH_SECRET (32+"
              + " characters).");
    }
    List<String> demo =
        DemoDirectory.usernames().stream()
            .filter(
                name ->
                    users
                        .findByUsername(name)
                        .filter(UserAccount::enabled)
                        .filter(u -> hasher.matches(DemoDirectory.PASSWORD, u.passwordHash()))
                        .isPresent())
            .sorted()
            .toList();
    if (!demo.isEmpty()) {
      throw new IllegalStateException(
          "Production mode refuses to start while demo users can log in: " + demo);
    }
  }
}
