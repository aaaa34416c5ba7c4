package dev.taiwa.service.wiring;

import dev.taiwa.cases.access.GrantRules;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * The need-to-know rule parameters under {@code taiwa.rules.grants}: {@code max-days} (rule {@code
 * grants.maxDays}) and {@code break-glass-hours} (rule {@code grants.breakGlassHours}); defaults in
 * {@link GrantRules#defaults()} and the README's rules table.
 */
@ConfigurationProperties("taiwa.rules.grants")
public final class GrantRulesConfiguration {
  private final GrantRules defaults = GrantRules.defaults();
  private int maxDays = defaults.maxDays();
  private int breakGlassHours = defaults.breakGlassHours();

  public int getMaxDays() {
    return maxDays;
  }

  public void setMaxDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("taiwa.rules.grants.max-days must be >= 1");
    }
    this.maxDays = days;
  }

  public int getBreakGlassHours() {
    return breakGlassHours;
  }

  public void setBreakGlassHours(int hours) {
    if (hours < 1) {
      throw new IllegalArgumentException("taiwa.rules.grants.break-glass-hours must be >= 1");
    }
    this.breakGlassHours = hours;
  }

  public GrantRules grantRules() {
    return new GrantRules(maxDays, breakGlassHours);
  }
}
