package dev.taiwa.graphql.audit;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.audit.AuditPageRequest;
import dev.taiwa.cases.audit.AuditTrail;
import dev.taiwa.cases.audit.ChainVerification;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RefusalException;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import dev.taiwa.graphql.support.TotalCount;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * {@code auditTrail}, {@code auditEvents} and {@code verifyAuditChain}: a refusal becomes a GraphQL
 * error carrying its code, never data.
 */
public final class AuditFetchers {
  static final int DEFAULT_PAGE_SIZE = 50;

  private final AuditTrail auditTrail;
  private final Executor executor;

  public AuditFetchers(AuditTrail auditTrail, Executor executor) {
    this.auditTrail = auditTrail;
    this.executor = executor;
  }

  public void wire(SchemaWiring wiring) {
    wiring
        .query("auditTrail", AsyncDataFetcher.async(this::trail, executor))
        .query("auditEvents", AsyncDataFetcher.async(this::events, executor))
        .query("verifyAuditChain", AsyncDataFetcher.async(this::verify, executor))
        .enumeration("AuditOutcome", AuditOutcome.class);
  }

  private List<AuditEventView> trail(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    CaseId caseId =
        Ids.uuid(env.getArgument("caseId"))
            .map(CaseId::new)
            .orElseThrow(() -> new RefusalException(ErrorCode.NOT_FOUND, "No such case."));
    return accepted(auditTrail.forCase(actor, caseId)).stream().map(AuditEventView::of).toList();
  }

  private AuditEventConnection events(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    Integer first = env.getArgument("first");
    AuditPageRequest page =
        page(
            first == null ? DEFAULT_PAGE_SIZE : first,
            AuditCursor.decode(env.getArgument("after")),
            TotalCount.selected(env));
    Page<AuditEvent> events =
        accepted(auditTrail.search(actor, AuditInputs.filter(env.getArgument("filter")), page));
    return AuditEventConnection.of(events);
  }

  private AuditChainReport verify(DataFetchingEnvironment env) {
    Actor actor = RequestActor.require(env);
    ChainVerification verification = accepted(auditTrail.verify(actor));
    return AuditChainReport.of(verification);
  }

  private static AuditPageRequest page(int first, Long after, boolean withTotal) {
    try {
      return new AuditPageRequest(first, after, withTotal);
    } catch (IllegalArgumentException e) {
      throw new RefusalException(ErrorCode.INVALID_VALUE, e.getMessage() + ", got " + first);
    }
  }

  private static <T> T accepted(Result<T> result) {
    if (!result.accepted()) {
      Rejection first = result.errors().get(0);
      throw new RefusalException(first.code(), first.message());
    }
    return result.value().orElseThrow();
  }
}
