package dev.taiwa.cases.audit;

import dev.taiwa.cases.audit.AuditLogAccessPolicy.LogReach;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.secrecy.Secrecy;
import dev.taiwa.cases.secrecy.WithheldCases;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Auditors' and officials' reads of the audit log, and verification of its chain. Refused searches
 * and verifications are audited as REJECTED; every verification run is audited with its result,
 * after the walk, so it never checks its own event. An event that names a case whose content is
 * withheld from the reader is shown as {@link Secrecy#ofAuditEvent} decides: to auditors without
 * its summary, to officials not at all.
 */
public final class AuditTrail {
  private final AuditLog log;
  private final CaseVisibility cases;
  private final WithheldCases withheld;
  private final Clock clock;
  private final AuditLogAccessPolicy access = new AuditLogAccessPolicy();
  private final Secrecy secrecy = new Secrecy();

  public AuditTrail(AuditLog log, CaseVisibility cases, WithheldCases withheld, Clock clock) {
    this.log = log;
    this.cases = cases;
    this.withheld = withheld;
    this.clock = clock;
  }

  /**
   * The case's events, oldest first. Refused with FORBIDDEN for roles that may not read the log; an
   * official who may not see the case itself (a company's draft) gets NOT_FOUND, exactly as for a
   * missing case. Refusals are audited.
   */
  public Result<List<AuditEvent>> forCase(Actor actor, CaseId caseId) {
    Rejection refusal = null;
    if (!access.canRead(actor)) {
      refusal = readForbidden();
    } else if (access.searchReachOf(actor) != LogReach.WHOLE_LOG && !cases.canSee(actor, caseId)) {
      refusal = Rejection.of(ErrorCode.NOT_FOUND, "No case " + caseId);
    }
    if (refusal != null) {
      audit(
          actor,
          caseId,
          AuditAction.AUDIT_TRAIL_READ,
          AuditOutcome.REJECTED,
          "Refused: " + refusal.code());
      return Result.refused(Optional.empty(), List.of(refusal));
    }
    return Result.ok(shown(actor, log.trail(caseId)));
  }

  /**
   * One page of matching events, newest first. Auditors search the whole log; dialogue officers
   * only the events about cases (logins and administration stay hidden from them); anyone else is
   * refused with FORBIDDEN, which is audited.
   */
  public Result<Page<AuditEvent>> search(Actor actor, AuditFilter filter, AuditPageRequest page) {
    LogReach reach = access.searchReachOf(actor);
    if (reach == LogReach.NOTHING) {
      Rejection forbidden = readForbidden();
      audit(
          actor,
          null,
          AuditAction.AUDIT_LOG_SEARCHED,
          AuditOutcome.REJECTED,
          "Refused: " + forbidden.code());
      return Result.refused(Optional.empty(), List.of(forbidden));
    }
    AuditFilter scoped = reach == LogReach.CASE_EVENTS ? filter.withFiledCaseEventsOnly() : filter;
    Page<AuditEvent> found = log.search(scoped, page);
    return Result.ok(found.withItems(shown(actor, found.items())));
  }

  /**
   * The events as {@code actor} may read them ({@link Secrecy#ofAuditEvent}): whole; without the
   * summary when they name a case withheld from an auditor; left out for an official.
   */
  private List<AuditEvent> shown(Actor actor, List<AuditEvent> events) {
    Set<CaseId> named = new HashSet<>();
    events.forEach(e -> named.addAll(secrecy.namedCases(e.entry().caseId(), e.entry().summary())));
    Set<CaseId> hidden = named.isEmpty() ? Set.of() : withheld.among(actor, named);
    if (hidden.isEmpty()) {
      return events;
    }
    boolean wholeLog = access.searchReachOf(actor) == LogReach.WHOLE_LOG;
    List<AuditEvent> shown = new ArrayList<>();
    for (AuditEvent event : events) {
      AuditEntry e = event.entry();
      switch (secrecy.ofAuditEvent(e.caseId(), e.summary(), wholeLog, hidden)) {
        case WHOLE -> shown.add(event);
        case WITHOUT_SUMMARY ->
            shown.add(
                new AuditEvent(
                    event.id(),
                    event.sequence(),
                    e.withSummary(Secrecy.WITHHELD_SUMMARY),
                    event.previousHash(),
                    event.hash()));
        case NOT_AT_ALL -> {}
      }
    }
    return shown;
  }

  /** An auditor verifies the chain; anyone else is refused with FORBIDDEN, which is audited. */
  public Result<ChainVerification> verify(Actor actor) {
    if (!access.canVerifyTheChain(actor)) {
      audit(
          actor,
          null,
          AuditAction.AUDIT_CHAIN_VERIFIED,
          AuditOutcome.REJECTED,
          "Refused: " + ErrorCode.FORBIDDEN);
      return Result.refused(
          Optional.empty(),
          List.of(
              Rejection.of(
                  ErrorCode.FORBIDDEN,
                  "Verifying the audit chain requires one of the roles " + access.verifiers())));
    }
    ChainVerification result = walk();
    audit(actor, null, AuditAction.AUDIT_CHAIN_VERIFIED, AuditOutcome.ACCEPTED, summary(result));
    return Result.ok(result);
  }

  /**
   * Verification run by the system itself (the command line, a schedule): no user, so no access
   * check; audited as a system event.
   */
  public ChainVerification verify() {
    ChainVerification result = walk();
    log.append(
        new AuditEntry(
            clock.instant(),
            null,
            null,
            null,
            null,
            AuditAction.AUDIT_CHAIN_VERIFIED,
            AuditOutcome.ACCEPTED,
            summary(result) + " (system)"));
    return result;
  }

  /**
   * Verification of a copy of the log (e.g. a backup being checked) that must stay as it was taken:
   * the walk is not recorded.
   */
  public ChainVerification verifyWithoutRecording() {
    return walk();
  }

  /** Recomputes every hash and link in sequence order; reports the first broken event. */
  private ChainVerification walk() {
    ChainWalk walk = new ChainWalk(log.head());
    try {
      log.forEach(walk::check);
    } catch (UnreadableAuditEventException e) {
      walk.unreadable(e.sequence(), e.eventId(), e.getMessage());
    }
    return walk.finish();
  }

  /** The verification's result in one line, as the audit event's summary. */
  static String summary(ChainVerification result) {
    return result
        .firstBroken()
        .map(
            b ->
                "BROKEN at event "
                    + b.sequence()
                    + " after "
                    + result.eventsChecked()
                    + " events checked: "
                    + b.problem())
        .orElse("OK: " + result.eventsChecked() + " events verified");
  }

  private Rejection readForbidden() {
    return Rejection.of(
        ErrorCode.FORBIDDEN, "Reading the audit log requires one of the roles " + access.readers());
  }

  private void audit(
      Actor actor, CaseId caseId, AuditAction action, AuditOutcome outcome, String summary) {
    log.append(
        new AuditEntry(
            clock.instant(),
            actor.userId(),
            actor.username(),
            actor.organisationId(),
            caseId,
            action,
            outcome,
            summary));
  }
}
