package dev.taiwa.cases.outcome.application;

import dev.taiwa.cases.access.PreReportAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.outcome.model.Outcome;
import dev.taiwa.cases.outcome.model.OutcomeType;
import dev.taiwa.cases.outcome.model.OutcomeValidation;
import dev.taiwa.cases.outcome.port.Outcomes;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportEvent;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officer's decisions that end a case without an inform: closed with no concern, closed with
 * measures agreed, not reportable. Each goes the way of every case change (NOT_FOUND for a hidden
 * case, the transition table's INVALID_STATE / FORBIDDEN, the inputs), then one transaction writes
 * the case, its {@link Outcome}, the ledger's changes ({@link StageTargets}) and the audit entry.
 */
public final class CaseConclusions {
  private final PreReports preReports;
  private final Outcomes outcomes;
  private final StageTargets stageTargets;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final OutcomeValidation validation = new OutcomeValidation();

  public CaseConclusions(
      PreReports preReports,
      Outcomes outcomes,
      StageTargets stageTargets,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.preReports = preReports;
    this.outcomes = outcomes;
    this.stageTargets = stageTargets;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Under review or in dialogue: no concern remains; {@code summary} is the closing note. */
  public Result<PreReport> closeNoConcern(Actor actor, CaseId id, String summary) {
    return conclude(
        actor, id, PreReportAction.CLOSE_NO_CONCERN, summary, "summary", List.of(), false);
  }

  /** In dialogue: the company agreed to {@code measures} (at least one). */
  public Result<PreReport> closeWithMeasuresAgreed(
      Actor actor, CaseId id, List<String> measures, String summary) {
    return conclude(
        actor, id, PreReportAction.CLOSE_MEASURES_AGREED, summary, "summary", measures, true);
  }

  /** Submitted or under review: the transfer needs no report; {@code reason} says why. */
  public Result<PreReport> markNotReportable(Actor actor, CaseId id, String reason) {
    return conclude(
        actor, id, PreReportAction.MARK_NOT_REPORTABLE, reason, "reason", List.of(), false);
  }

  private Result<PreReport> conclude(
      Actor actor,
      CaseId id,
      PreReportAction action,
      String text,
      String textField,
      List<String> items,
      boolean itemsRequired) {
    Instant now = clock.instant();
    String type = PreReportEvent.Concluded.typeOf(action);
    Optional<PreReport> visible =
        id == null ? Optional.empty() : preReports.find(id).filter(r -> access.canSee(actor, r));
    if (visible.isEmpty()) {
      return refuse(actor, id, type, Rejection.of(ErrorCode.NOT_FOUND, "No pre-report " + id));
    }
    PreReport current = visible.get();
    List<Rejection> problems = new ArrayList<>(validation.text(textField, text));
    if (itemsRequired) {
      problems.addAll(validation.items("measures", items));
    }
    List<String> stored = OutcomeValidation.stripped(items);
    Decision decision =
        current.conclude(
            action,
            access.rolesOn(actor, current),
            problems,
            stored.isEmpty() ? "" : stored.size() + " item(s) recorded",
            now);
    if (decision instanceof Decision.Rejected rejected) {
      return refuse(actor, id, type, rejected.rejections().toArray(Rejection[]::new));
    }
    List<DomainEvent> events = ((Decision.Accepted) decision).events();
    try {
      return Result.ok(
          unitOfWork.inTransaction(
              () -> {
                PreReport next = current.apply(events);
                preReports.update(next);
                stageTargets.follow(current, next, now);
                outcomes.insert(
                    new Outcome(
                        id,
                        OutcomeType.of(next.state()),
                        JapanTime.dateOf(now),
                        text.strip(),
                        stored,
                        actor.userId(),
                        now));
                events.forEach(e -> auditLog.append(AuditEntry.accepted(actor, e)));
                return next;
              }));
    } catch (ConcurrentChangeException e) {
      return refuse(
          actor,
          id,
          type,
          Rejection.of(ErrorCode.CONFLICT, "The report was changed by someone else; reload it"));
    }
  }

  private Result<PreReport> refuse(Actor actor, CaseId id, String type, Rejection... rejections) {
    List<Rejection> all = List.of(rejections);
    AuditEntry entry = AuditEntry.refused(actor, id, type, all, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), all);
  }
}
