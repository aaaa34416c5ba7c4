package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.Executor;

/** {@code auditTrail}: a refusal becomes a GraphQL error carrying its code, never data. */
public final class AuditFetchers {
  private final AuditTrail auditTrail;
  private final Executor executor;

  public AuditFetchers(AuditTrail auditTrail, Executor executor) {
    this.auditTrail = auditTrail;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("auditTrail", AsyncDataFetcher.async(this::trail, executor))
        .enumeration("AuditOutcome", AuditOutcome.class);
  }

  private List<AuditEventView> trail(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    CaseId caseId =
        Ids.uuid(env.getArgument("caseId"))
            .map(CaseId::new)
            .orElseThrow(() -> new RefusalException(ErrorCode.NOT_FOUND, "No such case."));
    Result<List<AuditEvent>> result = auditTrail.forCase(actor, caseId);
    if (!result.accepted()) {
      Rejection first = result.errors().get(0);
      throw new RefusalException(first.code(), first.message());
    }
    return result.value().orElse(List.of()).stream().map(AuditEventView::of).toList();
  }
}
