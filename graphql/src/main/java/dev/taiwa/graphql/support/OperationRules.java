package dev.taiwa.graphql.support;

import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Map;

/**
 * Which operation of a parsed document runs, checked before it is validated or executed: a document
 * with several operations must name one ({@code INVALID_QUERY}); subscriptions are not offered
 * ({@code UNSUPPORTED_OPERATION}); a read-only request (HTTP GET, see {@link #READ_ONLY}) runs
 * queries only ({@code METHOD_NOT_ALLOWED}).
 */
public final class OperationRules extends SimplePerformantInstrumentation {
  /** The GraphQLContext key marking a request that may run queries only. */
  public static final String READ_ONLY = "taiwa.readOnly";

  /** The code of a mutation in a read-only request. */
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";

  static final String UNSUPPORTED_OPERATION = "UNSUPPORTED_OPERATION";

  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(
      DocumentAndVariables documentAndVariables,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    check(documentAndVariables.getDocument(), parameters.getExecutionInput());
    return documentAndVariables;
  }

  /**
   * Refuses (with an {@link AbortExecutionException}) to run {@code document} for {@code input}
   * when the rules above forbid it. graphql-java calls the instrumentation only while parsing, so
   * {@link CachedDocuments} calls this for every request that reuses a parsed document.
   */
  static void check(Document document, ExecutionInput input) {
    OperationDefinition operation;
    try {
      operation = NodeUtil.getOperation(document, input.getOperationName()).operationDefinition;
    } catch (RuntimeException e) {
      throw refusal(
          RequestErrorCodes.INVALID_QUERY,
          input.getOperationName() == null
              ? "The document has several operations (or none): name the one to run in"
                  + " operationName"
              : "The document has no operation named in operationName");
    }
    if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
      throw refusal(UNSUPPORTED_OPERATION, "Taiwa offers no subscriptions");
    }
    GraphQLContext context = input.getGraphQLContext();
    if (operation.getOperation() != OperationDefinition.Operation.QUERY
        && Boolean.TRUE.equals(context.get(READ_ONLY))) {
      throw refusal(METHOD_NOT_ALLOWED, "GET runs queries only: send a mutation with POST");
    }
  }

  private static AbortExecutionException refusal(String code, String message) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.ValidationError)
                .message("%s", message)
                .extensions(Map.of("code", code))
                .build()));
  }
}
