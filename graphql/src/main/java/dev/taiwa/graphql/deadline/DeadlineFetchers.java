package dev.taiwa.graphql.deadline;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.deadline.Pause;
import dev.taiwa.cases.deadline.application.DeadlineFilter;
import dev.taiwa.cases.deadline.application.DeadlineQueries;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** {@code deadlines} and the {@code Deadline} type over {@link DeadlineView}. */
public final class DeadlineFetchers {
  static final int DEFAULT_PAGE_SIZE = 20;

  private final DeadlineQueries queries;
  private final Executor executor;

  public DeadlineFetchers(DeadlineQueries queries, Executor executor) {
    this.queries = queries;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("deadlines", AsyncDataFetcher.async(this::deadlines, executor))
        .type(
            newTypeWiring("Deadline")
                .dataFetcher("id", view(v -> v.tracked().id().toString()))
                .dataFetcher("caseId", view(v -> v.tracked().caseId().toString()))
                .dataFetcher("caseKind", view(v -> v.tracked().caseKind()))
                .dataFetcher("subject", view(v -> v.tracked().subject()))
                .dataFetcher("ruleName", view(v -> v.tracked().ruleName()))
                .dataFetcher("legalReference", view(v -> v.deadline().rule().legalReference().en()))
                .dataFetcher(
                    "legalReferenceJa", view(v -> v.deadline().rule().legalReference().ja()))
                .dataFetcher("startDate", view(v -> v.deadline().start().date()))
                .dataFetcher("startEvent", view(v -> v.deadline().start().event().en()))
                .dataFetcher("startEventJa", view(v -> v.deadline().start().event().ja()))
                .dataFetcher("obligor", view(v -> v.tracked().obligor()))
                .dataFetcher("stops", view(v -> v.deadline().pauses()))
                .dataFetcher("dueDate", view(v -> v.deadline().due()))
                .dataFetcher("status", view(DeadlineView::status))
                .dataFetcher("metOn", view(v -> v.tracked().metOn().orElse(null)))
                .dataFetcher("cancelledOn", view(v -> v.tracked().cancelledOn().orElse(null)))
                .dataFetcher("explanation", view(v -> v.deadline().explanation()))
                .dataFetcher("explanationJa", view(v -> v.deadline().explanationJa())))
        .type(
            newTypeWiring("DeadlineStop")
                .dataFetcher("from", stop(Pause::from))
                .dataFetcher("to", stop(Pause::through))
                .dataFetcher("stillOpen", stop(Pause::stillOpen))
                .dataFetcher("reason", stop(Pause::reason)))
        .enumeration("DeadlineStatus", TrackedStatus.class)
        .enumeration("Obligor", Obligor.class)
        .enumeration("CaseKind", CaseKind.class);
  }

  private DeadlineConnection deadlines(DataFetchingEnvironment env) {
    Integer first = env.getArgument("first");
    int size = first == null ? DEFAULT_PAGE_SIZE : first;
    if (size < 1 || size > PageRequest.MAX_PAGE_SIZE) {
      throw new RefusalException(
          ErrorCode.INVALID_VALUE,
          "first must be between 1 and " + PageRequest.MAX_PAGE_SIZE + ", got " + size);
    }
    LocalDate dueBefore = env.getArgument("dueBefore");
    Boolean overdue = env.getArgument("overdue");
    DeadlineFilter filter =
        new DeadlineFilter(Optional.ofNullable(dueBefore), Boolean.TRUE.equals(overdue));
    Result<Page<DeadlineView>> result =
        queries.list(
            RequestActor.require(env),
            filter,
            size,
            DeadlineCursor.decode(env.getArgument("after")));
    for (Rejection rejection : result.errors()) {
      throw new RefusalException(rejection.code(), rejection.message());
    }
    return DeadlineConnection.of(result.value().orElseThrow());
  }

  private static <T> DataFetcher<T> view(Function<DeadlineView, T> field) {
    return env -> field.apply(env.getSource());
  }

  private static <T> DataFetcher<T> stop(Function<Pause, T> field) {
    return env -> field.apply(env.getSource());
  }
}
