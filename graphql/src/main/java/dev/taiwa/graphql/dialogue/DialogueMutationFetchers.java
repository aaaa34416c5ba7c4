package dev.taiwa.graphql.dialogue;

import dev.taiwa.cases.dialogue.application.DialogueCommands;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.idempotency.CreateOperation;
import dev.taiwa.cases.idempotency.OnceOnly;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/** The dialogue mutations: arguments to a command, its {@link Result} to a payload. */
public final class DialogueMutationFetchers {
  private final DialogueCommands commands;
  private final DialogueQueries queries;
  private final OnceOnly onceOnly;
  private final Executor executor;

  public DialogueMutationFetchers(
      DialogueCommands commands, DialogueQueries queries, OnceOnly onceOnly, Executor executor) {
    this.commands = commands;
    this.queries = queries;
    this.onceOnly = onceOnly;
    this.executor = executor;
  }

  /** What a meeting mutation answers. */
  public record MeetingPayload(Meeting meeting, List<Rejection> errors) {}

  /** What a concern mutation answers. */
  public record ConcernPayload(Concern concern, List<Rejection> errors) {}

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "scheduleMeeting",
            meeting(
                "caseId",
                (actor, id, env) ->
                    onceOnly.create(
                        actor,
                        env.getArgument(OnceOnly.FIELD),
                        CreateOperation.SCHEDULE_MEETING,
                        () ->
                            commands.scheduleMeeting(
                                actor,
                                new CaseId(id),
                                DialogueInputs.plan(env.getArgument("input"))),
                        Meeting::id,
                        meetingId -> queries.meeting(actor, meetingId))))
        .mutation(
            "rescheduleMeeting",
            meeting(
                "id",
                (actor, id, env) ->
                    commands.rescheduleMeeting(
                        actor,
                        id,
                        ExpectedVersion.of(env),
                        env.<Instant>getArgument("startsAt"),
                        env.getArgument("reason"))))
        .mutation(
            "cancelMeeting",
            meeting(
                "id",
                (actor, id, env) ->
                    commands.cancelMeeting(
                        actor, id, ExpectedVersion.of(env), env.getArgument("reason"))))
        .mutation(
            "recordMeetingHeld",
            meeting(
                "id",
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  return commands.recordMeetingHeld(
                      actor,
                      id,
                      ExpectedVersion.of(env),
                      DialogueInputs.notes(DialogueInputs.list(input, "minutes")),
                      DialogueInputs.followUps(DialogueInputs.list(input, "followUps")));
                }))
        .mutation(
            "raiseConcern",
            concern(
                "caseId",
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  return onceOnly.create(
                      actor,
                      env.getArgument(OnceOnly.FIELD),
                      CreateOperation.RAISE_CONCERN,
                      () ->
                          commands.raiseConcern(
                              actor,
                              new CaseId(id),
                              (ConcernCategory) input.get("category"),
                              (Severity) input.get("severity"),
                              (String) input.get("description"),
                              (String) input.get("concernInformation")),
                      Concern::id,
                      concernId -> queries.concern(actor, concernId));
                }))
        .mutation(
            "answerConcern",
            concern(
                "id",
                (actor, id, env) -> {
                  Map<String, Object> input = env.getArgument("input");
                  return commands.answerConcern(
                      actor,
                      id,
                      ExpectedVersion.of(env),
                      (String) input.get("text"),
                      (LocalDate) input.get("dueDate"));
                }))
        .mutation(
            "resolveConcern",
            concern(
                "id",
                (actor, id, env) ->
                    commands.resolveConcern(
                        actor, id, ExpectedVersion.of(env), env.getArgument("reason"))))
        .mutation(
            "markConcernUnresolved",
            concern(
                "id",
                (actor, id, env) ->
                    commands.markConcernUnresolved(
                        actor, id, ExpectedVersion.of(env), env.getArgument("reason"))));
  }

  private DataFetcher<?> meeting(String idArgument, Command<Meeting> command) {
    return AsyncDataFetcher.async(
        env ->
            run(idArgument, command, env)
                .map(r -> new MeetingPayload(r.value().orElse(null), r.errors()))
                .orElseGet(() -> new MeetingPayload(null, notFound(idArgument))),
        executor);
  }

  private DataFetcher<?> concern(String idArgument, Command<Concern> command) {
    return AsyncDataFetcher.async(
        env ->
            run(idArgument, command, env)
                .map(r -> new ConcernPayload(r.value().orElse(null), r.errors()))
                .orElseGet(() -> new ConcernPayload(null, notFound(idArgument))),
        executor);
  }

  /** Runs the command; empty when the id is no UUID (answered NOT_FOUND without calling it). */
  private static <T> Optional<Result<T>> run(
      String idArgument, Command<T> command, DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    return Ids.uuid(env.getArgument(idArgument)).map(id -> command.run(actor, id, env));
  }

  private static List<Rejection> notFound(String field) {
    return List.of(Rejection.onField(ErrorCode.NOT_FOUND, field, "No such item."));
  }

  @FunctionalInterface
  private interface Command<T> {
    Result<T> run(Actor actor, UUID id, DataFetchingEnvironment env);
  }
}
