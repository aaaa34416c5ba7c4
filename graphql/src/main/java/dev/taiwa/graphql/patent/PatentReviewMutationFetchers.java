package dev.taiwa.graphql.patent;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.application.PatentReviewCommands;
import dev.taiwa.cases.patent.model.ReviewRecord;
import dev.taiwa.cases.patent.model.ReviewRecordKind;
import dev.taiwa.cases.patent.model.ReviewRecordKinds;
import dev.taiwa.cases.patent.model.SharingBusiness;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The security-review and designation mutations: arguments to a command, its result to a payload.
 */
public final class PatentReviewMutationFetchers {
  private final PatentReviewCommands commands;
  private final Executor executor;

  public PatentReviewMutationFetchers(PatentReviewCommands commands, Executor executor) {
    this.commands = commands;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation(
            "startSecurityReview",
            onCase((a, id, env) -> commands.startReview(a, id, ExpectedVersion.of(env))))
        .mutation(
            "issuePriorNotice",
            onCase(
                (a, id, env) ->
                    commands.issuePriorNotice(
                        a, id, ExpectedVersion.of(env), env.getArgument("text"))))
        .mutation(
            "maintainPatentApplication",
            onCase(
                (a, id, env) -> {
                  Map<String, Object> in = env.getArgument("input");
                  return commands.maintain(
                      a,
                      id,
                      ExpectedVersion.of(env),
                      businesses(in.get("businesses")),
                      (String) in.get("note"));
                }))
        .mutation(
            "withdrawPatentApplication",
            onCase(
                (a, id, env) ->
                    commands.withdraw(a, id, ExpectedVersion.of(env), env.getArgument("reason"))))
        .mutation(
            "dismissPatentApplication",
            onCase(
                (a, id, env) ->
                    commands.dismiss(a, id, ExpectedVersion.of(env), env.getArgument("reason"))))
        .mutation(
            "designatePatentApplication",
            onCase(
                (a, id, env) ->
                    commands.designate(
                        a,
                        id,
                        ExpectedVersion.of(env),
                        (LocalDate) env.getArgument("periodEnd"),
                        env.getArgument("reason"))))
        .mutation(
            "decideNotDesignated",
            onCase(
                (a, id, env) ->
                    commands.decideNotDesignated(
                        a, id, ExpectedVersion.of(env), env.getArgument("notice"))))
        .mutation(
            "extendDesignation",
            onCase(
                (a, id, env) ->
                    commands.extend(
                        a,
                        id,
                        ExpectedVersion.of(env),
                        (LocalDate) env.getArgument("periodEnd"),
                        env.getArgument("reason"))))
        .mutation(
            "liftDesignation",
            onCase(
                (a, id, env) ->
                    commands.lift(
                        a,
                        id,
                        ExpectedVersion.of(env),
                        env.getArgument("reason"),
                        (LocalDate) env.getArgument("noticeDate"))))
        .mutation(
            "requestReviewMaterials",
            onRecord(
                (a, id, env) -> {
                  Map<String, Object> in = env.getArgument("input");
                  return commands.file(
                      a,
                      id,
                      ExpectedVersion.of(env),
                      ReviewRecordKind.MATERIALS_REQUEST,
                      null,
                      (String) in.get("text"),
                      (Integer) in.get("replyDays"),
                      List.of());
                }))
        .mutation(
            "answerReviewMaterials",
            onRecord(
                (a, id, env) ->
                    commands.file(
                        a,
                        id,
                        ExpectedVersion.of(env),
                        ReviewRecordKind.MATERIALS_REPLY,
                        parent(env.getArgument("requestId")),
                        env.getArgument("text"),
                        null,
                        List.of())))
        .mutation(
            "recordConsultation",
            onRecord(
                (a, id, env) ->
                    commands.file(
                        a,
                        id,
                        ExpectedVersion.of(env),
                        ReviewRecordKind.CONSULTATION,
                        null,
                        env.getArgument("text"),
                        null,
                        List.of())))
        .mutation(
            "fileDesignationObligation",
            onRecord(
                (a, id, env) -> {
                  Map<String, Object> in = env.getArgument("input");
                  ReviewRecordKind kind = ReviewRecordKind.valueOf(in.get("kind").toString());
                  if (!ReviewRecordKinds.FILED_BY_APPLICANT.contains(kind)) {
                    return wrongKind();
                  }
                  return commands.file(
                      a,
                      id,
                      ExpectedVersion.of(env),
                      kind,
                      null,
                      (String) in.get("text"),
                      null,
                      businesses(in.get("businesses")));
                }))
        .mutation(
            "decideDesignationObligation",
            onRecord(
                (a, id, env) -> {
                  Map<String, Object> in = env.getArgument("input");
                  ReviewRecordKind kind = ReviewRecordKind.valueOf(in.get("kind").toString());
                  if (!ReviewRecordKinds.DECIDED_BY_REVIEWER.contains(kind)) {
                    return wrongKind();
                  }
                  return commands.file(
                      a,
                      id,
                      ExpectedVersion.of(env),
                      kind,
                      parent((String) in.get("parentId")),
                      (String) in.get("text"),
                      null,
                      List.of());
                }));
  }

  /** A kind this mutation does not file. */
  private static Result<ReviewRecord> wrongKind() {
    return Result.refused(
        Optional.empty(),
        List.of(
            Rejection.onField(
                ErrorCode.INVALID_VALUE,
                "input.kind",
                "This kind is not filed by this mutation.")));
  }

  /** An unparsable id names no record: a random one, which the command answers as unknown. */
  private static UUID parent(String text) {
    return Ids.uuid(text).orElseGet(UUID::randomUUID);
  }

  @SuppressWarnings("unchecked")
  private static List<SharingBusiness> businesses(Object input) {
    if (input == null) {
      return List.of();
    }
    return ((List<Map<String, Object>>) input)
        .stream()
            .map(
                b ->
                    new SharingBusiness(
                        (String) b.get("name"), (String) b.get("address"), (String) b.get("role")))
            .toList();
  }

  private DataFetcher<?> onCase(CaseCommand<PatentApplicationView> command) {
    return AsyncDataFetcher.async(
        env -> {
          Actor actor = RequestActor.require(env);
          Optional<CaseId> id = Ids.uuid(env.getArgument("id")).map(CaseId::new);
          return id.map(caseId -> PatentApplicationPayload.of(command.run(actor, caseId, env)))
              .orElseGet(PatentApplicationPayload::notFound);
        },
        executor);
  }

  private DataFetcher<?> onRecord(CaseCommand<ReviewRecord> command) {
    return AsyncDataFetcher.async(
        env -> {
          Actor actor = RequestActor.require(env);
          Optional<CaseId> id = Ids.uuid(env.getArgument("id")).map(CaseId::new);
          return id.map(caseId -> ReviewRecordPayload.of(command.run(actor, caseId, env)))
              .orElseGet(() -> ReviewRecordPayload.notFound("id"));
        },
        executor);
  }

  @FunctionalInterface
  private interface CaseCommand<T> {
    Result<T> run(Actor actor, CaseId id, DataFetchingEnvironment env);
  }
}
