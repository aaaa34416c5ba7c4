package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Optional filters of an audit-log search; a null or empty field filters nothing. {@code actorName}
 * matches exactly; an event matches {@code actions} when its action is any of them. The period is
 * {@code occurredFrom} (inclusive) to {@code occurredBefore} (exclusive). {@code
 * filedCaseEventsOnly} keeps only events about filed cases (never logins, administration or a
 * company's drafts) and leaves out events that name another case as well ({@link
 * AuditAction#namesAnotherCase()}, e.g. a link to a patent application: whether such a link exists
 * may be need-to-know); the use case sets it for callers who may not see the rest.
 */
public record AuditFilter(
    UserId actorId,
    String actorName,
    CaseId caseId,
    Set<String> actions,
    AuditOutcome outcome,
    Instant occurredFrom,
    Instant occurredBefore,
    boolean filedCaseEventsOnly) {
  public AuditFilter {
    actions = actions == null ? Set.of() : Set.copyOf(actions);
  }

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, Set.of(), null, null, null, false);
  }

  /** The first instant of {@code date} in Japan: a period "from" a date starts there. */
  public static Instant startOf(LocalDate date) {
    return date.atStartOfDay(JapanTime.ZONE).toInstant();
  }

  /** The first instant after {@code date} in Japan: a period "to" a date ends before it. */
  public static Instant endOf(LocalDate date) {
    return startOf(date.plusDays(1));
  }

  public AuditFilter withActorId(UserId id) {
    return new AuditFilter(
        id, actorName, caseId, actions, outcome, occurredFrom, occurredBefore, filedCaseEventsOnly);
  }

  public AuditFilter withActorName(String name) {
    return new AuditFilter(
        actorId, name, caseId, actions, outcome, occurredFrom, occurredBefore, filedCaseEventsOnly);
  }

  public AuditFilter withCase(CaseId id) {
    return new AuditFilter(
        actorId,
        actorName,
        id,
        actions,
        outcome,
        occurredFrom,
        occurredBefore,
        filedCaseEventsOnly);
  }

  public AuditFilter withActions(Set<String> names) {
    return new AuditFilter(
        actorId,
        actorName,
        caseId,
        names,
        outcome,
        occurredFrom,
        occurredBefore,
        filedCaseEventsOnly);
  }

  public AuditFilter withOutcome(AuditOutcome value) {
    return new AuditFilter(
        actorId,
        actorName,
        caseId,
        actions,
        value,
        occurredFrom,
        occurredBefore,
        filedCaseEventsOnly);
  }

  /** Events at or after {@code from} and before {@code before}; either may be null (open). */
  public AuditFilter withPeriod(Instant from, Instant before) {
    return new AuditFilter(
        actorId, actorName, caseId, actions, outcome, from, before, filedCaseEventsOnly);
  }

  /** Only events about some case. */
  public AuditFilter withFiledCaseEventsOnly() {
    return new AuditFilter(
        actorId, actorName, caseId, actions, outcome, occurredFrom, occurredBefore, true);
  }

  /** Whether {@code event} passes this filter; the in-memory twin of the adapters' SQL. */
  public boolean matches(AuditEvent event) {
    AuditEntry e = event.entry();
    return (actorId == null || actorId.equals(e.actorId()))
        && (actorName == null || actorName.equals(e.actorName()))
        && (caseId == null || caseId.equals(e.caseId()))
        && (actions.isEmpty() || actions.contains(e.action()))
        && (outcome == null || outcome == e.outcome())
        && (occurredFrom == null || !e.occurredAt().isBefore(occurredFrom))
        && (occurredBefore == null || e.occurredAt().isBefore(occurredBefore))
        && (!filedCaseEventsOnly
            || e.caseId() != null
                && !AuditAction.ofCode(e.action())
                    .map(AuditAction::namesAnotherCase)
                    .orElse(false));
  }
}
