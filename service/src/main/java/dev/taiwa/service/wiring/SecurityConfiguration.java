package dev.taiwa.service.wiring;

import dev.taiwa.cases.identity.LockoutPolicy;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Login security settings: the lockout after repeated failed logins ({@code
 * taiwa.security.lockout.max-failures}, default 5; {@code taiwa.security.lockout.duration}, default
 * 15 minutes) and how long a refresh token lasts ({@code taiwa.security.refresh-token.lifetime},
 * default 30 days). Durations take Micronaut's forms ({@code 15m}, {@code 30d}, {@code PT15M}).
 * Documented in the README's configuration table.
 */
@Singleton
public final class SecurityConfiguration {
  private final LockoutPolicy lockoutPolicy;
  private final Duration refreshTokenLifetime;

  SecurityConfiguration(
      @Value("${taiwa.security.lockout.max-failures:5}") int maxFailures,
      @Value("${taiwa.security.lockout.duration:15m}") Duration lockoutDuration,
      @Value("${taiwa.security.refresh-token.lifetime:30d}") Duration refreshTokenLifetime) {
    this.lockoutPolicy = new LockoutPolicy(maxFailures, lockoutDuration);
    this.refreshTokenLifetime = refreshTokenLifetime;
  }

  public LockoutPolicy lockoutPolicy() {
    return lockoutPolicy;
  }

  public Duration refreshTokenLifetime() {
    return refreshTokenLifetime;
  }
}
