package dev.taiwa.cases.command;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one way a change runs. For a change of an existing aggregate:
 *
 * <ol>
 *   <li>find it, and show it only to a caller who may know it exists (else one NOT_FOUND, the same
 *       for a missing and a hidden aggregate);
 *   <li>compare the caller's expected version (CONFLICT when stale);
 *   <li>the transition tables with the caller's roles (INVALID_STATE, FORBIDDEN);
 *   <li>the command's named input policies (all problems at once);
 *   <li>the behaviour, which may still refuse;
 *   <li>one transaction: the behaviour's versioned writes and one ACCEPTED audit entry per event. A
 *       store that finds the aggregate changed since it was read throws {@link
 *       ConcurrentChangeException}: the transaction rolls back and the caller is told CONFLICT.
 * </ol>
 *
 * Every refusal, at whichever step, writes exactly one REJECTED audit entry and nothing else. No
 * other class maps a stale write or words a refusal.
 */
public final class CommandPipeline {
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public CommandPipeline(AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The instant commands are stamped with. */
  public Clock clock() {
    return clock;
  }

  /** Runs {@code command} on the aggregate {@code target} finds under {@code key}. */
  public <K, T, R> Result<R> run(Actor actor, Target<K, T> target, K key, Command<T, R> command) {
    Optional<T> visible = visible(actor, target, key);
    if (visible.isEmpty()) {
      return refuse(
          actor, target.caseOfKey(key), command, null, notFound(target), Optional.empty());
    }
    T current = visible.get();
    CaseId caseId = target.caseOf(current);
    Optional<Long> expected = command.expectedVersion();
    if (expected.isPresent() && expected.get() != target.versionOf(current)) {
      return refuse(actor, caseId, command, current, stale(target), command.shown(current));
    }
    Set<Role> roles = target.rolesOn(actor, current);
    List<Rejection> problems =
        command
            .checkTables(current, roles)
            .map(List::of)
            .orElseGet(() -> command.checkPolicies(current));
    if (!problems.isEmpty()) {
      return refuse(actor, caseId, command, current, problems, command.shown(current));
    }
    Step<R> step = command.behave(current, roles);
    if (step instanceof Step.Refused<R> refused) {
      return refuse(actor, caseId, command, current, refused.rejections(), command.shown(current));
    }
    try {
      return Result.ok(commit(actor, (Step.Accepted<R>) step));
    } catch (ConcurrentChangeException e) {
      Optional<R> now = visible(actor, target, key).flatMap(command::shown);
      return refuse(actor, caseId, command, current, stale(target), now);
    }
  }

  /**
   * Runs a command that creates an aggregate and acts on none: the caller's own roles, the
   * command's tables and policies, then its behaviour, its writes and its ACCEPTED audit entries in
   * one transaction. The behaviour runs inside that transaction, so it may draw numbers from a
   * sequence; a behaviour that refuses must not have written anything.
   */
  public <R> Result<R> create(Actor actor, CaseId caseId, Command<Actor, R> command) {
    List<Rejection> problems =
        command
            .checkTables(actor, actor.roles())
            .map(List::of)
            .orElseGet(() -> command.checkPolicies(actor));
    if (!problems.isEmpty()) {
      return refuse(actor, caseId, command, actor, problems, Optional.empty());
    }
    AtomicReference<R> answers = new AtomicReference<>();
    Step<R> step =
        unitOfWork.inTransaction(
            () -> {
              Step<R> decided = command.behave(actor, actor.roles());
              if (decided instanceof Step.Accepted<R> accepted) {
                answers.set(write(actor, accepted));
              }
              return decided;
            });
    if (step instanceof Step.Refused<R> refused) {
      return refuse(actor, caseId, command, actor, refused.rejections(), Optional.empty());
    }
    return Result.ok(answers.get());
  }

  /** The aggregate under {@code key} if the caller may know it exists. */
  public <K, T> Optional<T> visible(Actor actor, Target<K, T> target, K key) {
    return key == null
        ? Optional.empty()
        : target.find(key).filter(t -> target.visibleTo(actor, t));
  }

  private <R> R commit(Actor actor, Step.Accepted<R> step) {
    return unitOfWork.inTransaction(() -> write(actor, step));
  }

  private <R> R write(Actor actor, Step.Accepted<R> step) {
    R answer = step.write().get();
    step.events().forEach(e -> auditLog.append(AuditEntry.accepted(actor, e)));
    return answer;
  }

  /** Writes the one REJECTED audit entry of a refused command, and nothing else. */
  private <T, R> Result<R> refuse(
      Actor actor,
      CaseId caseId,
      Command<T, R> command,
      T target,
      List<Rejection> rejections,
      Optional<R> shown) {
    AuditEntry entry =
        AuditEntry.refused(
            actor, caseId, command.action(), command.about(target), rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(shown, rejections);
  }

  private <T, R> Result<R> refuse(
      Actor actor,
      CaseId caseId,
      Command<T, R> command,
      T target,
      Rejection rejection,
      Optional<R> shown) {
    return refuse(actor, caseId, command, target, List.of(rejection), shown);
  }

  /** The same answer whether the aggregate is missing or hidden from the caller. */
  static Rejection notFound(Target<?, ?> target) {
    return Rejection.onField(
        ErrorCode.NOT_FOUND, target.keyField(), "No such " + target.noun() + ".");
  }

  static Rejection stale(Target<?, ?> target) {
    return Rejection.onField(
        ErrorCode.CONFLICT,
        "expectedVersion",
        "The " + target.noun() + " was changed by someone else; reload it and try again.");
  }
}
