package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.model.DesignatedWithdrawalBan;
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
 * The patent use cases' commands for the {@link CommandPipeline}: a move along {@link
 * PatentTransitions} (after the Art. 72 withdrawal ban) with the command's own rules, writing the
 * next version of the application and its side effects (deadlines, records, notifications); or any
 * other command on an application, run on the same target.
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
  private final CommandPipeline pipeline;
  private final Target<CaseId, PatentApplication> target;

  PatentChanges(
      PatentApplications store,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      PatentQueries queries) {
    this.store = store;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target = queries.target();
  }

  /** The application if the caller may see it. */
  Optional<PatentApplication> visible(Actor actor, CaseId id) {
    return pipeline.visible(actor, target, id);
  }

  /** Moves the application by {@code action} from the version the caller read (null: any). */
  Result<PatentApplicationView> apply(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      PatentAction action,
      AuditAction auditAction,
      Function<PatentApplication, List<Rejection>> rules,
      Behaviour behaviour) {
    return run(
        actor,
        id,
        Command.<PatentApplication, PatentApplicationView>named(auditAction)
            .expecting(expectedVersion)
            .table((current, roles) -> DesignatedWithdrawalBan.refusal(current.state(), action))
            .table(
                (current, roles) -> PatentTransitions.TABLE.check(current.state(), action, roles))
            .policy(rules)
            .does(
                (current, roles) -> {
                  PatentState next =
                      PatentTransitions.TABLE.find(current.state(), action).orElseThrow().to();
                  Change change = behaviour.apply(current, next);
                  return Step.accepted(
                      answer(change.next()),
                      change.event(),
                      () -> {
                        if (change.next() != current) {
                          store.update(change.next());
                        }
                        change.effects().run();
                      });
                }));
  }

  /** Runs any other command on the application under {@code id}. */
  <R> Result<R> run(Actor actor, CaseId id, Command<PatentApplication, R> command) {
    return pipeline.run(actor, target, id, command);
  }

  /** Runs a command that creates an application. */
  <R> Result<R> create(Actor actor, Command<Actor, R> command) {
    return pipeline.create(actor, null, command);
  }

  /**
   * Records that the application changed without moving (a record filed on it): the next version,
   * so that two records filed at once cannot both rest on the same reading.
   */
  void touch(PatentApplication current, java.time.Instant now) {
    store.update(
        current.moved(current.state(), current.matchedFields(), current.decisionReason(), now));
  }

  /**
   * The answer of a command. A payload never carries secret content, so that no read of it escapes
   * the audit: once secret, content is read through the audited queries.
   */
  static PatentApplicationView answer(PatentApplication application) {
    return new PatentApplicationView(application, application.contentSecret());
  }
}
