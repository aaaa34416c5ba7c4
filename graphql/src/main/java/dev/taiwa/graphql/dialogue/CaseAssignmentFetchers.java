package dev.taiwa.graphql.dialogue;

import dev.taiwa.cases.dialogue.application.CaseAssignment;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.prereport.PreReportPayload;
import dev.taiwa.graphql.support.ExpectedVersion;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * {@code assignCaseOfficer} and {@code allocateToMe}: the case and officer ids to the use case, its
 * result to a payload.
 */
public final class CaseAssignmentFetchers {
  private final CaseAssignment assignment;
  private final Executor executor;

  public CaseAssignmentFetchers(CaseAssignment assignment, Executor executor) {
    this.assignment = assignment;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring.mutation(
        "assignCaseOfficer",
        AsyncDataFetcher.async(
            env -> {
              Optional<CaseId> caseId = Ids.uuid(env.getArgument("caseId")).map(CaseId::new);
              if (caseId.isEmpty()) {
                return PreReportPayload.notFound();
              }
              Optional<UserId> officer = Ids.uuid(env.getArgument("officerId")).map(UserId::new);
              if (officer.isEmpty()) {
                return new PreReportPayload(
                    null,
                    List.of(
                        Rejection.onField(
                            ErrorCode.INVALID_VALUE, "officerId", "No such officer.")));
              }
              return PreReportPayload.of(
                  assignment.assign(
                      RequestActor.require(env),
                      caseId.get(),
                      ExpectedVersion.of(env),
                      officer.get()));
            },
            executor));
    wiring.mutation(
        "allocateToMe",
        AsyncDataFetcher.async(
            env ->
                Ids.uuid(env.getArgument("caseId"))
                    .map(CaseId::new)
                    .map(
                        caseId ->
                            PreReportPayload.of(
                                assignment.allocateToMe(
                                    RequestActor.require(env), caseId, ExpectedVersion.of(env))))
                    .orElseGet(PreReportPayload::notFound),
            executor));
  }
}
