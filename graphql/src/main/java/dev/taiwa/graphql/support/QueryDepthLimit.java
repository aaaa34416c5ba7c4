package dev.taiwa.graphql.support;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/** Refuses a query nested deeper than the limit, with {@code extensions.code} QUERY_TOO_DEEP. */
public final class QueryDepthLimit extends MaxQueryDepthInstrumentation {
  public QueryDepthLimit(int maxDepth) {
    super(maxDepth);
  }

  @Override
  protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ExecutionAborted)
                .message("Query is nested %d levels deep; at most %d are allowed", depth, maxDepth)
                .extensions(Map.of("code", "QUERY_TOO_DEEP"))
                .build()));
  }
}
