package dev.taiwa.graphql.support;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/** Refuses a query selecting more fields than the limit, with code QUERY_TOO_COMPLEX. */
public final class QueryComplexityLimit extends MaxQueryComplexityInstrumentation {
  public QueryComplexityLimit(int maxComplexity) {
    super(maxComplexity);
  }

  @Override
  protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ExecutionAborted)
                .message(
                    "Query has complexity %d; at most %d is allowed: select fewer fields",
                    complexity, maxComplexity)
                .extensions(Map.of("code", "QUERY_TOO_COMPLEX"))
                .build()));
  }
}
