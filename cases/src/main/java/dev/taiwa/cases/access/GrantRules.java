package dev.taiwa.cases.access;

/**
 * The configurable parameters of need-to-know grants, each named as in configuration ({@code
 * taiwa.rules.grants.*}) and documented in the README's rules table.
 *
 * @param maxDays {@code grants.maxDays}: how many days ahead a grant's expiry may lie at most (an
 *     operational choice: a grant is reconsidered at least this often)
 * @param breakGlassHours {@code grants.breakGlassHours}: how long an emergency (break-glass) access
 *     lasts before it must be opened again
 */
public record GrantRules(int maxDays, int breakGlassHours) {
  public GrantRules {
    if (maxDays < 1) {
      throw new IllegalArgumentException("grants.maxDays must be at least 1");
    }
    if (breakGlassHours < 1) {
      throw new IllegalArgumentException("grants.breakGlassHours must be at least 1");
    }
  }

  public static GrantRules defaults() {
    return new GrantRules(90, 4);
  }
}
