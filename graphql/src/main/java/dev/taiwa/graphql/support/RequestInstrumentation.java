package dev.taiwa.graphql.support;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Instrumentations that act once per request (query limits, operation rules, error codes) as one.
 * graphql-java calls its instrumentation for every field; a {@link ChainedInstrumentation} then
 * asks each member and builds a context list per field even when no member instruments fields,
 * which cost about 8 % of the CPU of a page of 20 reports. This forwards only the request-level
 * steps to the chain and leaves the per-field ones at {@link SimplePerformantInstrumentation}'s
 * no-ops; a member that instruments fields is refused when built, so none is silently skipped.
 */
public final class RequestInstrumentation extends SimplePerformantInstrumentation {
  /** The steps graphql-java takes per field (or per object), which members may not instrument. */
  static final Set<String> PER_FIELD =
      Set.of(
          "beginExecuteObject",
          "beginDeferredField",
          "beginSubscribedFieldEvent",
          "beginFieldExecution",
          "beginFieldFetch",
          "beginFieldFetching",
          "beginFieldCompletion",
          "beginFieldListCompletion",
          "instrumentDataFetcher");

  private final ChainedInstrumentation chain;

  public RequestInstrumentation(List<Instrumentation> members) {
    for (Instrumentation member : members) {
      for (Method method : member.getClass().getMethods()) {
        Class<?> declaring = method.getDeclaringClass();
        if (PER_FIELD.contains(method.getName())
            && declaring != Instrumentation.class
            && declaring != SimplePerformantInstrumentation.class) {
          throw new IllegalArgumentException(
              member.getClass().getName()
                  + " instruments "
                  + method.getName()
                  + ": chain it with a ChainedInstrumentation instead");
        }
      }
    }
    this.chain = new ChainedInstrumentation(members);
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(
      InstrumentationCreateStateParameters parameters) {
    return chain.createStateAsync(parameters);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return chain.beginExecution(parameters, state);
  }

  @Override
  public InstrumentationContext<Document> beginParse(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return chain.beginParse(parameters, state);
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    return chain.beginValidation(parameters, state);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    return chain.beginExecuteOperation(parameters, state);
  }

  @Override
  public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
      InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
    return chain.beginExecutionStrategy(parameters, state);
  }

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput input,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain.instrumentExecutionInput(input, parameters, state);
  }

  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(
      DocumentAndVariables documentAndVariables,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain.instrumentDocumentAndVariables(documentAndVariables, parameters, state);
  }

  @Override
  public GraphQLSchema instrumentSchema(
      GraphQLSchema schema,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain.instrumentSchema(schema, parameters, state);
  }

  @Override
  public ExecutionContext instrumentExecutionContext(
      ExecutionContext context,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain.instrumentExecutionContext(context, parameters, state);
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain.instrumentExecutionResult(result, parameters, state);
  }
}
