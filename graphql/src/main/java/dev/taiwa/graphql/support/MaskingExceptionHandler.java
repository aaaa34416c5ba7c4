package dev.taiwa.graphql.support;

import dev.taiwa.cases.kernel.StoreBusyException;
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
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns exceptions thrown by data fetchers into GraphQL errors. A {@link RefusalException} is
 * expected: its message and code go to the client. A {@link StoreBusyException} is retryable: the
 * client gets {@code extensions.code: "BUSY"} and {@code extensions.retryAfterSeconds}, told that
 * nothing was written. Anything else is masked: the client sees only {@code Internal error,
 * incident <uuid>}; the exception and the incident id go to the log.
 */
public final class MaskingExceptionHandler implements DataFetcherExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(MaskingExceptionHandler.class);

  private final UnaryOperator<Throwable> translation;

  /** Masks every exception but refusals and {@link StoreBusyException}s. */
  public MaskingExceptionHandler() {
    this(UnaryOperator.identity());
  }

  /**
   * Lets {@code translation} first turn infrastructure failures the API layer cannot recognise
   * (e.g. a database's lock timeout) into domain exceptions such as {@link StoreBusyException}.
   */
  public MaskingExceptionHandler(UnaryOperator<Throwable> translation) {
    this.translation = translation;
  }

  @Override
  public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
      DataFetcherExceptionHandlerParameters parameters) {
    Throwable exception = translation.apply(unwrap(parameters.getException()));
    StoreBusyException busy = StoreBusyException.in(exception).orElse(null);
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
    } else if (busy != null) {
      LOG.warn("Store busy at {}: nothing written, client told to retry", parameters.getPath());
      long seconds = busy.retryAfterSeconds();
      built =
          error
              .errorType(ErrorType.DataFetchingException)
              .message(
                  "The database is busy: another change held its lock too long. Nothing was"
                      + " written; try again in %d s.",
                  seconds)
              .extensions(Map.of("code", StoreBusyException.CODE, "retryAfterSeconds", seconds))
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
