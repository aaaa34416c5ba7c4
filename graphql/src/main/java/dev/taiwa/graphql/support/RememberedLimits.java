package dev.taiwa.graphql.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The query limits (depth, complexity, cost), each judged once per document, operation and
 * variables instead of on every request: each limit walks the whole operation, and clients send the
 * same few documents with the same variables again and again (the three walks took about 6 % of a
 * list request's CPU, issue 19). The verdict (pass, or the refusal with its message and code) is
 * exactly the limits' own; the documents are {@link CachedDocuments}' parsed ones, so a document
 * sent again is the same object. At most {@value #MAX_VERDICTS} verdicts are kept, the least used
 * going first.
 */
public final class RememberedLimits extends SimplePerformantInstrumentation {
  static final int MAX_VERDICTS = 2_000;

  private record Key(Document document, String operationName, Map<String, Object> variables) {}

  private record State(InstrumentationCreateStateParameters parameters)
      implements InstrumentationState {}

  private final List<Instrumentation> limits;
  private final Cache<Key, Optional<AbortExecutionException>> verdicts =
      Caffeine.newBuilder().maximumSize(MAX_VERDICTS).build();

  /** Remembers the verdicts of {@code limits}, each acting only when an operation starts. */
  public RememberedLimits(List<Instrumentation> limits) {
    this.limits = List.copyOf(limits);
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(
      InstrumentationCreateStateParameters parameters) {
    return CompletableFuture.completedFuture(new State(parameters));
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    Key key =
        new Key(
            context.getDocument(),
            context.getExecutionInput().getOperationName(),
            context.getCoercedVariables().toMap());
    Optional<AbortExecutionException> refusal =
        verdicts.get(key, unjudged -> judge(parameters, ((State) state).parameters()));
    if (refusal.isPresent()) {
      throw refusal.get();
    }
    return SimpleInstrumentationContext.noOp();
  }

  private Optional<AbortExecutionException> judge(
      InstrumentationExecuteOperationParameters parameters,
      InstrumentationCreateStateParameters created) {
    try {
      for (Instrumentation limit : limits) {
        CompletableFuture<InstrumentationState> own = limit.createStateAsync(created);
        limit.beginExecuteOperation(parameters, own == null ? null : own.join());
      }
      return Optional.empty();
    } catch (AbortExecutionException refused) {
      return Optional.of(refused);
    }
  }
}
