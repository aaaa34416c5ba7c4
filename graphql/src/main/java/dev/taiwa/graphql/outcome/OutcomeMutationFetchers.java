package dev.taiwa.graphql.outcome;

import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Attachment;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.outcome.model.LicenceDecision;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.prereport.PreReportPayload;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/** The mutations of the dialogue's end: arguments to a command, its {@link Result} to a payload. */
public final class OutcomeMutationFetchers {
  private final DialogueOutcomeServices services;
  private final DialogueQueries dialogue;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public OutcomeMutationFetchers(
      DialogueOutcomeServices services,
      DialogueQueries dialogue,
      OnceOnly onceOnly,
      Executor executor) {
    this.services = services;
    this.dialogue = dialogue;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  /** What a query mutation answers. */
  public record CompanyQueryPayload(CompanyQuery query, List<Rejection> errors) {}

  @FunctionalInterface
  private interface CaseCommand {
    Result<PreReport> run(Actor actor, CaseId id, DataFetchingEnvironment env);
  }

  @FunctionalInterface
  private interface QueryCommand {
    Result<CompanyQuery> run(Actor actor, UUID id, DataFetchingEnvironment env);
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "askQuery",
            AsyncDataFetcher.async(
                env -> {
                  Optional<CaseId> id = Ids.uuid(env.getArgument("caseId")).map(CaseId::new);
                  if (id.isEmpty()) {
                    return new CompanyQueryPayload(null, notFound("caseId"));
                  }
                  Actor actor = RequestActor.require(env);
                  Map<String, Object> input = env.getArgument("input");
                  Result<CompanyQuery> result =
                      onceOnly.create(
                          actor,
                          env.getArgument(OnceOnly.FIELD),
                          CreateOperation.ASK_QUERY,
                          () ->
                              services
                                  .queryCommands()
                                  .ask(
                                      actor,
                                      id.get(),
                                      (String) input.get("question"),
                                      (Integer) input.get("replyDays")),
                          CompanyQuery::id,
                          queryId -> dialogue.companyQuery(actor, queryId));
                  return new CompanyQueryPayload(result.value().orElse(null), result.errors());
                },
                executor))
        .mutation(
            "answerQuery",
            query(
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  return services
                      .queryCommands()
                      .answer(
                          actor,
                          id,
                          ExpectedVersion.of(env),
                          (String) input.get("text"),
                          attachments(input));
                }))
        .mutation(
            "withdrawQuery",
            query(
                (actor, id, env) ->
                    services
                        .queryCommands()
                        .withdraw(actor, id, ExpectedVersion.of(env), env.getArgument("reason"))))
        .mutation(
            "closeNoConcern",
            onCase(
                (actor, id, env) ->
                    services
                        .conclusions()
                        .closeNoConcern(
                            actor, id, ExpectedVersion.of(env), env.getArgument("summary"))))
        .mutation(
            "closeWithMeasuresAgreed",
            onCase(
                (actor, id, env) ->
                    services
                        .conclusions()
                        .closeWithMeasuresAgreed(
                            actor,
                            id,
                            ExpectedVersion.of(env),
                            env.getArgument("measures"),
                            env.getArgument("summary"))))
        .mutation(
            "markNotReportable",
            onCase(
                (actor, id, env) ->
                    services
                        .conclusions()
                        .markNotReportable(
                            actor, id, ExpectedVersion.of(env), env.getArgument("reason"))))
        .mutation(
            "issueInform",
            onCase(
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  List<UUID> cited = new ArrayList<>();
                  List<String> given = strings(input, "citedConcerns");
                  for (String text : given) {
                    // An id that is no UUID cannot name a concern: cite a UUID that matches none.
                    cited.add(Ids.uuid(text).orElse(new UUID(0, 0)));
                  }
                  return services
                      .informCommands()
                      .issue(
                          actor,
                          id,
                          ExpectedVersion.of(env),
                          (InformRoute) input.get("route"),
                          cited,
                          strings(input, "proposedConditions"),
                          (String) input.get("summary"));
                }))
        .mutation(
            "applyForLicence",
            onCase(
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  return services
                      .informCommands()
                      .applyForLicence(
                          actor,
                          id,
                          ExpectedVersion.of(env),
                          (String) input.get("companyReference"),
                          (LocalDate) input.get("appliedOn"),
                          responses(input));
                }))
        .mutation(
            "decideLicence",
            onCase(
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  return services
                      .conclusions()
                      .decideLicence(
                          actor,
                          id,
                          ExpectedVersion.of(env),
                          (LicenceDecision) input.get("decision"),
                          strings(input, "items"),
                          (String) input.get("summary"));
                }));
  }

  private DataFetcher<?> onCase(CaseCommand command) {
    return AsyncDataFetcher.async(
        env ->
            Ids.uuid(env.getArgument("caseId"))
                .map(
                    id ->
                        PreReportPayload.of(
                            command.run(RequestActor.require(env), new CaseId(id), env)))
                .orElseGet(PreReportPayload::notFound),
        executor);
  }

  private DataFetcher<?> query(QueryCommand command) {
    return AsyncDataFetcher.async(
        env ->
            Ids.uuid(env.getArgument("id"))
                .map(id -> command.run(RequestActor.require(env), id, env))
                .map(r -> new CompanyQueryPayload(r.value().orElse(null), r.errors()))
                .orElseGet(() -> new CompanyQueryPayload(null, notFound("id"))),
        executor);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Map<String, Object> input, String field) {
    Object value = input.get(field);
    return value == null ? List.of() : (List<String>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Attachment> attachments(Map<String, Object> input) {
    Object value = input.get("attachments");
    if (value == null) {
      return List.of();
    }
    return ((List<Map<String, Object>>) value)
        .stream()
            .map(
                a ->
                    new Attachment(
                        (String) a.get("fileName"),
                        (String) a.get("mediaType"),
                        ((Number) a.get("size")).longValue(),
                        (String) a.get("sha256")))
            .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<ConditionResponse> responses(Map<String, Object> input) {
    Object value = input.get("responses");
    if (value == null) {
      return List.of();
    }
    return ((List<Map<String, Object>>) value)
        .stream()
            .map(
                r ->
                    new ConditionResponse(
                        (Integer) r.get("condition"),
                        (Boolean) r.get("accepted"),
                        (String) r.get("comment")))
            .toList();
  }

  private static List<Rejection> notFound(String field) {
    return List.of(Rejection.onField(ErrorCode.NOT_FOUND, field, "No such item."));
  }
}
