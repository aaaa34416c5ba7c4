package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
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
 * case outside {@link PreReportCommands} (closings, inform, licence), as a {@link Command} for the
 * {@link CommandPipeline}: the report decides with the caller's input problems; the case, the
 * ledger ({@link StageTargets}) and the use case's own writes commit with the audit entry.
 */
public final class CaseMoves {
  private final PreReports preReports;
  private final StageTargets stageTargets;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PreReport> target;

  public CaseMoves(
      PreReports preReports,
      StageTargets stageTargets,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.preReports = preReports;
    this.stageTargets = stageTargets;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target = PreReportTarget.of(preReports);
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
    return pipeline.visible(actor, target, id);
  }

  /**
   * Moves the case by {@code action} from the version the caller read ({@code expectedVersion},
   * null: any). {@code problems} judges the inputs against the current case; {@code note} counts
   * what was recorded for the audit summary (never content).
   */
  public Result<PreReport> move(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      PreReportAction action,
      Function<PreReport, List<Rejection>> problems,
      String note,
      Writes writes) {
    Instant now = pipeline.clock().instant();
    return pipeline.run(
        actor,
        target,
        id,
        Command.<PreReport, PreReport>named(PreReportEvent.Concluded.typeOf(action))
            .expecting(expectedVersion)
            .does(
                (current, roles) ->
                    Step.of(
                        current.conclude(action, roles, problems.apply(current), note, now),
                        events -> {
                          PreReport next = current.apply(events);
                          return Step.accepted(
                              next,
                              events,
                              () -> {
                                preReports.update(next);
                                stageTargets.follow(current, next, now);
                                writes.write(current, next, now);
                              });
                        })));
  }
}
