package dev.taiwa.graphql;

/**
 * How big a query may be before it is refused unexecuted: {@code maxDepth} nested selections and
 * {@code maxComplexity} fields in all (each field counts 1, nested fields add up). Lists do not
 * multiply: {@code first} is capped at 100 separately.
 */
public record QueryLimits(int maxDepth, int maxComplexity) {
  public QueryLimits {
    if (maxDepth < 1 || maxComplexity < 1) {
      throw new IllegalArgumentException("query limits must be positive");
    }
  }

  /** Depth 15 (the standard introspection query of GraphiQL needs 13) and complexity 1000. */
  public static QueryLimits defaults() {
    return new QueryLimits(15, 1000);
  }
}
