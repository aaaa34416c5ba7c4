package dev.taiwa.service.security;

import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.service.demo.DemoDirectory;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import java.util.List;

/**
 * In production mode ({@code taiwa.mode=production}) refuses to start while any demo user can still
 * log in with the demo password (the secrets are {@link StartupChecks}' part). Fails the start-up
 * with one line.
 */
@Context
@Requires(property = "taiwa.mode", value = "production")
final class ProductionGuard {
  static final String DEFAULT_SECRET = "taiwa-development-secret-change-me-0123456789";
  static final String DEFAULT_REFRESH_SECRET = "taiwa-development-refresh-secret-change-me-0123";

  ProductionGuard(StartupChecks settings, UserAccounts users, PasswordHasher hasher) {
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
      throw new StartupRefusal(
          "Taiwa refuses to start in production while demo users can log in with the demo"
              + " password: "
              + demo
              + "; disable them or reset their passwords (taiwa users ...).");
    }
  }
}
