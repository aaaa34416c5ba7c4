package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.access.PreReportAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportEvent;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One move of a case along {@link dev.taiwa.cases.prereport.model.PreReportTransitions} by a use
 * case outside {@link PreReportCommands} (closings, inform, licence): access (NOT_FOUND for a
 * hidden case), the transition table (FORBIDDEN, INVALID_STATE), the caller's input problems; then
 * one transaction with the case, the ledger ({@link StageTargets}), the use case's own writes and
 * the ACCEPTED audit entry. A refusal writes only a REJECTED audit entry.
 */
public final class CaseMoves {
  private final PreReports preReports;
  private final StageTargets stageTargets;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();

  public CaseMoves(
      PreReports preReports,
      StageTargets stageTargets,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.preReports = preReports;
    this.stageTargets = stageTargets;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** What a move writes besides the case: given the case before and after, and the time. */
  @FunctionalInterface
  public interface Writes {
    void write(PreReport before, PreReport after, Instant at);
  }

  public StageTargets stageTargets() {
    return stageTargets;
  }

  /** The case if the caller may see it. */
  public Optional<PreReport> visible(Actor actor, CaseId id) {
    return id == null ? Optional.empty() : preReports.find(id).filter(r -> access.canSee(actor, r));
  }

  /**
   * Moves the case by {@code action}. {@code problems} judges the inputs against the current case;
   * {@code note} counts what was recorded for the audit summary (never content).
   */
  public Result<PreReport> move(
      Actor actor,
      CaseId id,
      PreReportAction action,
      Function<PreReport, List<Rejection>> problems,
      String note,
      Writes writes) {
    Instant now = clock.instant();
    String type = PreReportEvent.Concluded.typeOf(action);
    Optional<PreReport> visible = visible(actor, id);
    if (visible.isEmpty()) {
      return refuse(actor, id, type, List.of(Rejection.of(ErrorCode.NOT_FOUND, "No pre-report")));
    }
    PreReport current = visible.get();
    Decision decision =
        current.conclude(
            action, access.rolesOn(actor, current), problems.apply(current), note, now);
    if (decision instanceof Decision.Rejected rejected) {
      return refuse(actor, id, type, rejected.rejections());
    }
    List<DomainEvent> events = ((Decision.Accepted) decision).events();
    try {
      return Result.ok(
          unitOfWork.inTransaction(
              () -> {
                PreReport next = current.apply(events);
                preReports.update(next);
                stageTargets.follow(current, next, now);
                writes.write(current, next, now);
                events.forEach(e -> auditLog.append(AuditEntry.accepted(actor, e)));
                return next;
              }));
    } catch (ConcurrentChangeException e) {
      return refuse(
          actor,
          id,
          type,
          List.of(
              Rejection.of(
                  ErrorCode.CONFLICT, "The report was changed by someone else; reload it")));
    }
  }

  private Result<PreReport> refuse(
      Actor actor, CaseId id, String type, List<Rejection> rejections) {
    AuditEntry entry = AuditEntry.refused(actor, id, type, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }
}
