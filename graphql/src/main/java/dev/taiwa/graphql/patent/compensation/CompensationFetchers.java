package dev.taiwa.graphql.patent.compensation;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.compensation.application.CompensationCommands;
import dev.taiwa.cases.patent.compensation.application.CompensationQueries;
import dev.taiwa.cases.patent.compensation.application.CompensationView;
import dev.taiwa.cases.patent.compensation.model.AssessmentNote;
import dev.taiwa.cases.patent.compensation.model.CompensationAction;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import dev.taiwa.cases.patent.compensation.model.CompensationDecision;
import dev.taiwa.cases.patent.compensation.model.CompensationForm;
import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.compensation.model.LossCause;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** The compensation mutations, the {@code CompensationClaim} type and the application's edge. */
public final class CompensationFetchers {
  private final CompensationCommands commands;
  private final CompensationQueries queries;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public CompensationFetchers(
      CompensationCommands commands,
      CompensationQueries queries,
      OnceOnly onceOnly,
      Executor executor) {
    this.commands = commands;
    this.queries = queries;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  /** The payload of a mutation. */
  public record Payload(CompensationView compensationClaim, List<Rejection> errors) {
    static Payload of(Result<CompensationView> result) {
      return new Payload(result.value().orElse(null), result.errors());
    }

    static Payload notFound(String field) {
      return new Payload(
          null, List.of(Rejection.onField(ErrorCode.NOT_FOUND, field, "Not found.")));
    }
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .scalar(YenScalar.YEN)
        .mutation("claimCompensation", async(this::claim))
        .mutation(
            "addCompensationAssessmentNote",
            async(
                env ->
                    onClaim(
                        env,
                        (actor, id) ->
                            commands.addAssessmentNote(
                                actor, id, ExpectedVersion.of(env), env.getArgument("text")))))
        .mutation(
            "decideCompensation",
            async(
                env ->
                    onClaim(
                        env,
                        (actor, id) ->
                            commands.decide(
                                actor,
                                id,
                                ExpectedVersion.of(env),
                                env.getArgument("amountYen"),
                                env.getArgument("reason")))))
        .type(
            newTypeWiring("CompensationClaim")
                .dataFetcher("id", of(c -> c.id().toString()))
                .dataFetcher("version", of(CompensationClaim::version))
                .dataFetcher("applicationId", of(c -> c.applicationId().toString()))
                .dataFetcher("organisationId", of(c -> c.organisation().toString()))
                .dataFetcher("amountYen", of(CompensationClaim::amountYen))
                .dataFetcher("basis", of(CompensationClaim::basis))
                .dataFetcher("cause", of(CompensationClaim::cause))
                .dataFetcher("state", of(CompensationClaim::state))
                .dataFetcher("claimedAt", of(CompensationClaim::claimedAt))
                .dataFetcher(
                    "assessmentNotes",
                    env ->
                        ((CompensationView) env.getSource()).notesShown()
                            ? ((CompensationView) env.getSource()).notes()
                            : null)
                .dataFetcher("decidedAmountYen", decision(CompensationDecision::amountYen))
                .dataFetcher("decisionReason", decision(CompensationDecision::reason))
                .dataFetcher("decidedAt", decision(CompensationDecision::decidedAt))
                .dataFetcher("availableActions", this::actions))
        .type(
            newTypeWiring("CompensationAssessmentNote")
                .dataFetcher(
                    "writtenById",
                    env -> ((AssessmentNote) env.getSource()).writtenBy().toString()))
        .enumeration("CompensationState", CompensationState.class)
        .enumeration("CompensationAction", CompensationAction.class)
        .enumeration("LossCause", LossCause.class);
  }

  /** The application's edge to its claims, added to the {@code PatentApplication} wiring. */
  public static void applicationEdges(TypeRuntimeWiring.Builder type) {
    type.dataFetcher(
        "compensationClaims",
        env ->
            CompensationLoader.load(
                env, ((PatentApplicationView) env.getSource()).application().id()));
  }

  private Payload claim(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Optional<CaseId> id = Ids.uuid(env.getArgument("applicationId")).map(CaseId::new);
    if (id.isEmpty()) {
      return Payload.notFound("applicationId");
    }
    Map<String, Object> in = env.getArgument("input");
    Object cause = in.get("cause");
    CompensationForm form =
        new CompensationForm(
            (Long) in.get("amountYen"),
            (String) in.get("basis"),
            cause == null ? null : LossCause.valueOf(cause.toString()));
    return Payload.of(
        onceOnly.create(
            actor,
            env.getArgument(OnceOnly.FIELD),
            CreateOperation.CLAIM_COMPENSATION,
            () -> commands.claim(actor, id.get(), form),
            view -> view.claim().id().value(),
            claimId -> queries.find(actor, new CaseId(claimId))));
  }

  private Payload onClaim(
      DataFetchingEnvironment env,
      java.util.function.BiFunction<Actor, CaseId, Result<CompensationView>> command) {
    Actor actor = RequestActor.require(env);
    return Ids.uuid(env.getArgument("id"))
        .map(CaseId::new)
        .map(id -> Payload.of(command.apply(actor, id)))
        .orElseGet(() -> Payload.notFound("id"));
  }

  private DataFetcher<?> async(DataFetcher<?> fetcher) {
    return AsyncDataFetcher.async(fetcher, executor);
  }

  private List<CompensationAction> actions(DataFetchingEnvironment env) {
    return List.copyOf(
        queries.availableActions(
            RequestActor.require(env), ((CompensationView) env.getSource()).claim()));
  }

  private static <T> DataFetcher<T> of(Function<CompensationClaim, T> field) {
    return env -> field.apply(((CompensationView) env.getSource()).claim());
  }

  private static <T> DataFetcher<T> decision(Function<CompensationDecision, T> field) {
    return env -> {
      CompensationDecision decision = ((CompensationView) env.getSource()).claim().decision();
      return decision == null ? null : field.apply(decision);
    };
  }
}
