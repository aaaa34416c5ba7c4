package dev.taiwa.graphql.support;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions thrown by data fetchers into GraphQL errors. A {@link RefusalException} is
 * expected: its message and code go to the client. Anything else is masked: the client sees only
 * {@code Internal error, incident <uuid>}; the exception and the incident id go to the log.
 */
public final class MaskingExceptionHandler implements DataFetcherExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(MaskingExceptionHandler.class);

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters parameters) {
    Throwable exception = unwrap(parameters.getException());
    GraphqlErrorBuilder<?> error =
        GraphqlErrorBuilder.newError()
            .path(parameters.getPath())
            .location(parameters.getSourceLocation());
    GraphQLError built;
    if (exception instanceof RefusalException refusal) {
      built =
          error
              .errorType(ErrorType.DataFetchingException)
              .message(refusal.getMessage())
              .extensions(Map.of("code", refusal.code()))
              .build();
    } else {
      String incident = UUID.randomUUID().toString();
      LOG.error("Internal error, incident {} at {}", incident, parameters.getPath(), exception);
      built =
          error
              .errorType(ErrorType.DataFetchingException)
              .message("Internal error, incident %s", incident)
              .extensions(Map.of("code", "INTERNAL", "incident", incident))
              .build();
    }
    return CompletableFuture.completedFuture(
        DataFetcherExceptionHandlerResult.newResult().error(built).build());
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable current = exception;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
