package dev.taiwa.graphql;

/**
 * How big a query may be before it is refused unexecuted: {@code maxDepth} nested selections,
 * {@code maxComplexity} fields in all (each field counts 1, nested fields add up), and {@code
 * maxCost}, the fields' cost: 1 each unless the SDL gives a field {@code @cost(weight:)}, with a
 * paged field's selection counted {@code first} times (see {@code FieldCosts}).
 */
public record QueryLimits(int maxDepth, int maxComplexity, int maxCost) {
  /** The default cost limit: a page of 100 with ~90 fields each, or two chain verifications. */
  public static final int DEFAULT_MAX_COST = 10_000;

  public QueryLimits {
    if (maxDepth < 1 || maxComplexity < 1 || maxCost < 1) {
      throw new IllegalArgumentException("query limits must be positive");
    }
  }

  public QueryLimits(int maxDepth, int maxComplexity) {
    this(maxDepth, maxComplexity, DEFAULT_MAX_COST);
  }

  /** Depth 15 (the standard introspection query of GraphiQL needs 13), complexity 1000, cost. */
  public static QueryLimits defaults() {
    return new QueryLimits(15, 1000, DEFAULT_MAX_COST);
  }
}
