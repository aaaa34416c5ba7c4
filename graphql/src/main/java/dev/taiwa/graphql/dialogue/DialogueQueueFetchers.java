package dev.taiwa.graphql.dialogue;

import dev.taiwa.cases.dialogue.application.DialogueQueueQueries;
import dev.taiwa.cases.dialogue.model.DialogueQueue;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.graphql.prereport.PreReportConnection;
import dev.taiwa.graphql.prereport.PreReportQueryFetchers;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.TotalCount;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.Executor;

/** {@code dialogueQueue}: the queue's arguments to the use case, a refusal to a GraphQL error. */
public final class DialogueQueueFetchers {
  private static final int DEFAULT_PAGE_SIZE = 20;

  private final DialogueQueueQueries queues;
  private final Executor executor;

  public DialogueQueueFetchers(DialogueQueueQueries queues, Executor executor) {
    this.queues = queues;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring.query("dialogueQueue", AsyncDataFetcher.async(this::queue, executor));
  }

  private PreReportConnection queue(DataFetchingEnvironment env) {
    Integer first = env.getArgument("first");
    String kind = env.getArgument("kind");
    PreReportOrder order = PreReportQueryFetchers.order(env);
    Result<Page<PreReport>> result =
        queues.queue(
            RequestActor.require(env),
            DialogueQueue.valueOf(kind),
            env.getArgument("technology"),
            env.getArgument("search"),
            order,
            PreReportQueryFetchers.page(
                first == null ? DEFAULT_PAGE_SIZE : first,
                env.getArgument("after"),
                TotalCount.selected(env),
                order));
    if (!result.accepted()) {
      Rejection refusal = result.errors().get(0);
      throw new RefusalException(refusal.code(), refusal.message());
    }
    return PreReportConnection.of(result.value().orElseThrow(), order);
  }
}
