package dev.taiwa.graphql.support;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;

/**
 * What a field costs: its {@code @cost(weight:)} from the SDL (1 without), plus what its selection
 * costs, times {@code first} on a field that pages (a page of 100 costs its selection 100 times).
 * Sums saturate instead of overflowing.
 */
final class FieldCosts implements FieldComplexityCalculator {
  static final String DIRECTIVE = "cost";

  @Override
  public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
    long weight = weight(environment.getFieldDefinition());
    long times = 1;
    Object first = environment.getArguments().get("first");
    if (first instanceof Number number) {
      times = Math.max(1, number.longValue());
    }
    return (int) Math.min(Integer.MAX_VALUE, weight + times * (long) childComplexity);
  }

  static int weight(GraphQLFieldDefinition field) {
    GraphQLAppliedDirective cost = field == null ? null : field.getAppliedDirective(DIRECTIVE);
    if (cost == null) {
      return 1;
    }
    Object weight = cost.getArgument("weight").getValue();
    return weight instanceof Number number ? number.intValue() : 1;
  }
}
