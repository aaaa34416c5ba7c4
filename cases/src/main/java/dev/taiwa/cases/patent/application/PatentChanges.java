package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.PatentAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.PatentTransitions;
import dev.taiwa.cases.patent.port.PatentApplications;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a patent application changes: visible to the caller (else NOT_FOUND), allowed by the
 * transition table for the caller's roles, the command's own rules, then the new application, its
 * audit entry and its side effects (deadlines, records, notifications) in one transaction. A
 * refusal writes one REJECTED entry.
 */
final class PatentChanges {
  /** The outcome of a behaviour: the application after it, its event and what else it writes. */
  record Change(PatentApplication next, DomainEvent event, Runnable effects) {
    Change(PatentApplication next, DomainEvent event) {
      this(next, event, () -> {});
    }
  }

  @FunctionalInterface
  interface Behaviour {
    Change apply(PatentApplication current, PatentState next);
  }

  private final PatentApplications store;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PatentQueries queries;
  private final PatentAccessPolicy access = new PatentAccessPolicy();

  PatentChanges(
      PatentApplications store,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      PatentQueries queries) {
    this.store = store;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.queries = queries;
  }

  /** The application if the caller may see it. */
  Optional<PatentApplication> visible(Actor actor, CaseId id) {
    return store.find(id).filter(a -> queries.canSee(actor, a));
  }

  Result<PatentApplicationView> apply(
      Actor actor,
      CaseId id,
      PatentAction action,
      String auditAction,
      Function<PatentApplication, List<Rejection>> rules,
      Behaviour behaviour) {
    Optional<PatentApplication> visible = visible(actor, id);
    if (visible.isEmpty()) {
      return refuse(
          actor,
          id,
          auditAction,
          List.of(Rejection.of(ErrorCode.NOT_FOUND, "No application " + id)));
    }
    PatentApplication current = visible.get();
    Optional<Rejection> refusal =
        PatentTransitions.TABLE
            .check(current.state(), action, access.rolesOn(actor, current))
            .map(r -> specific(current, action, r));
    List<Rejection> problems = refusal.map(List::of).orElseGet(() -> rules.apply(current));
    if (!problems.isEmpty()) {
      return refuse(actor, id, auditAction, problems);
    }
    PatentState next = PatentTransitions.TABLE.find(current.state(), action).orElseThrow().to();
    Change change = behaviour.apply(current, next);
    try {
      unitOfWork.inTransaction(
          () -> {
            if (change.next() != current) {
              store.update(change.next());
            }
            change.effects().run();
            auditLog.append(AuditEntry.accepted(actor, change.event()));
            return change.next();
          });
    } catch (ConcurrentChangeException e) {
      return refuse(
          actor,
          id,
          auditAction,
          List.of(Rejection.of(ErrorCode.CONFLICT, "The application was changed; reload it")));
    }
    return Result.ok(answer(change.next()));
  }

  /** Withdrawal of a designated application is prohibited by law, not just out of turn. */
  private static Rejection specific(
      PatentApplication current, PatentAction action, Rejection rejection) {
    if (action == PatentAction.WITHDRAW
        && current.state() == PatentState.DESIGNATED
        && rejection.code() == ErrorCode.INVALID_STATE) {
      return Rejection.of(
          ErrorCode.WITHDRAWAL_PROHIBITED_WHILE_DESIGNATED,
          "保全指定中の特許出願は取り下げることができません（経済安全保障推進法第72条）");
    }
    return rejection;
  }

  <T> Result<T> refuse(Actor actor, CaseId id, String action, List<Rejection> rejections) {
    AuditEntry entry = AuditEntry.refused(actor, id, action, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }

  /**
   * The answer of a command. A payload never carries secret content, so that no read of it escapes
   * the audit: once secret, content is read through the audited queries.
   */
  static PatentApplicationView answer(PatentApplication application) {
    return new PatentApplicationView(application, application.state().isSecret());
  }
}
