package dev.taiwa.graphql.support;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any field runs, a request whose fields cost more than the limit ({@link
 * FieldCosts}), with {@code extensions.code} QUERY_TOO_COSTLY. Aliases count: fifty aliases of an
 * expensive field cost fifty times as much.
 */
public final class QueryCostLimit extends MaxQueryComplexityInstrumentation {
  public QueryCostLimit(int maxCost) {
    super(maxCost, new FieldCosts());
  }

  @Override
  protected AbortExecutionException mkAbortException(int cost, int maxCost) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ExecutionAborted)
                .message(
                    "Query costs %d; at most %d is allowed: ask for fewer expensive fields"
                        + " (chain verification, document generation) or smaller pages",
                    cost, maxCost)
                .extensions(Map.of("code", "QUERY_TOO_COSTLY"))
                .build()));
  }
}
