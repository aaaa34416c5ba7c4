package dev.taiwa.graphql.patent.confirmation;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationCommands;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationQueries;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationView;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationForm;
import dev.taiwa.graphql.prereport.PageInfo;
import dev.taiwa.graphql.prereport.PreReportCursor;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.TotalCount;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/** The prior-confirmation queries and mutations: arguments to use cases, results to payloads. */
public final class PriorConfirmationFetchers {
  private static final int DEFAULT_PAGE_SIZE = 20;

  private final PriorConfirmationCommands commands;
  private final PriorConfirmationQueries queries;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public PriorConfirmationFetchers(
      PriorConfirmationCommands commands,
      PriorConfirmationQueries queries,
      OnceOnly onceOnly,
      Executor executor) {
    this.commands = commands;
    this.queries = queries;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  /** The payload of a mutation. */
  public record Payload(PriorConfirmationView priorConfirmation, List<Rejection> errors) {
    static Payload of(Result<PriorConfirmationView> result) {
      return new Payload(result.value().orElse(null), result.errors());
    }

    static Payload notFound() {
      return new Payload(
          null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such request.")));
    }
  }

  /** A Relay connection over one page of requests. */
  public record Connection(List<Edge> edges, PageInfo pageInfo, Long totalCount) {}

  /** One request of a page with its cursor. */
  public record Edge(String cursor, PriorConfirmationView node) {}

  public void wire(SchemaWiring wiring) {
    wire(wiring, UnaryOperator.identity());
  }

  /** Wires the queries and mutations; {@code edges} adds other areas' fields of the type. */
  public void wire(SchemaWiring wiring, UnaryOperator<TypeRuntimeWiring.Builder> edges) {
    wiring
        .query("priorConfirmation", AsyncDataFetcher.async(this::one, executor))
        .query("priorConfirmations", AsyncDataFetcher.async(this::list, executor))
        .mutation(
            "requestPriorConfirmation",
            AsyncDataFetcher.async(
                env -> {
                  Actor actor = RequestActor.require(env);
                  return Payload.of(
                      onceOnly.create(
                          actor,
                          env.getArgument(OnceOnly.FIELD),
                          CreateOperation.REQUEST_PRIOR_CONFIRMATION,
                          () -> commands.request(actor, form(env.getArgument("input"))),
                          view -> view.request().id().value(),
                          id -> queries.answerOf(actor, new CaseId(id))));
                },
                executor))
        .mutation(
            "sendPriorConfirmationForConsultation",
            onRequest(
                (a, id, env) ->
                    commands.sendForConsultation(
                        a, id, ExpectedVersion.of(env), env.getArgument("note"))))
        .mutation(
            "recordPriorConfirmationConsultation",
            onRequest(
                (a, id, env) ->
                    commands.recordConsultation(
                        a, id, ExpectedVersion.of(env), env.getArgument("answer"))))
        .mutation(
            "answerPriorConfirmation",
            onRequest(
                (a, id, env) ->
                    commands.answer(
                        a,
                        id,
                        ExpectedVersion.of(env),
                        BanAnswer.valueOf(env.getArgument("answer").toString()),
                        env.getArgument("reason"))));
    new PriorConfirmationFields(queries).wire(wiring, edges);
  }

  private PriorConfirmationView one(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    boolean content = env.getSelectionSet().containsAnyOf("title", "summary");
    return Ids.uuid(env.getArgument("id"))
        .flatMap(id -> queries.find(actor, new CaseId(id), content))
        .orElse(null);
  }

  private Connection list(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Integer first = env.getArgument("first");
    PageRequest page;
    try {
      page =
          new PageRequest(
              first == null ? DEFAULT_PAGE_SIZE : first,
              PreReportCursor.decode(env.getArgument("after")),
              TotalCount.selected(env));
    } catch (IllegalArgumentException e) {
      throw new RefusalException(ErrorCode.INVALID_VALUE, "first must lie in 1..100");
    }
    boolean content = env.getSelectionSet().containsAnyOf("edges/node/title", "edges/node/summary");
    Page<PriorConfirmationView> found = queries.search(actor, page, content);
    List<Edge> edges =
        found.items().stream()
            .map(
                v ->
                    new Edge(
                        PreReportCursor.encode(
                            new Position(v.request().requestedAt(), v.request().id().value())),
                        v))
            .toList();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new Connection(edges, new PageInfo(found.hasNext(), end), TotalCount.of(found));
  }

  @SuppressWarnings("unchecked")
  private static PriorConfirmationForm form(Map<String, Object> in) {
    return new PriorConfirmationForm(
        (String) in.get("title"),
        (String) in.get("summary"),
        (List<Integer>) in.get("claimedFields"),
        (Boolean) in.get("inventionCompletedInJapan"),
        (String) in.get("intendedForeignFiling"));
  }

  private DataFetcher<?> onRequest(RequestCommand command) {
    return AsyncDataFetcher.async(
        env -> {
          Actor actor = RequestActor.require(env);
          Optional<CaseId> id = Ids.uuid(env.getArgument("id")).map(CaseId::new);
          return id.map(caseId -> Payload.of(command.run(actor, caseId, env)))
              .orElseGet(Payload::notFound);
        },
        executor);
  }

  @FunctionalInterface
  private interface RequestCommand {
    Result<PriorConfirmationView> run(Actor actor, CaseId id, DataFetchingEnvironment env);
  }
}
