package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.access.PreReportAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.dialogue.port.CaseOfficers;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case officer of a filed case: any dialogue officer assigns or reassigns it to any dialogue
 * officer (themselves included: "allocate to me"); the assignee must hold the role. Audited.
 */
public final class CaseAssignment {
  private static final String ACTION = "DIALOGUE_" + DialogueAction.ASSIGN_CASE_OFFICER.name();

  private final PreReports preReports;
  private final CaseOfficers caseOfficers;
  private final UserAccounts users;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final DialogueCasePolicy policy = new DialogueCasePolicy();

  public CaseAssignment(
      PreReports preReports,
      CaseOfficers caseOfficers,
      UserAccounts users,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.preReports = preReports;
    this.caseOfficers = caseOfficers;
    this.users = users;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Assigns {@code officer} to the case; answers the case as it now stands. */
  public Result<PreReport> assign(Actor actor, CaseId caseId, UserId officer) {
    Optional<PreReport> visible =
        preReports.find(caseId).filter(report -> access.canSee(actor, report));
    if (visible.isEmpty()) {
      return refuse(actor, caseId, Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such case"));
    }
    PreReport report = visible.get();
    Optional<Rejection> refusal =
        policy.check(
            DialogueAction.ASSIGN_CASE_OFFICER, report.state(), access.rolesOn(actor, report));
    if (refusal.isPresent()) {
      return refuse(actor, caseId, refusal.get());
    }
    boolean officerRole =
        officer != null
            && users
                .find(officer)
                .filter(UserAccount::enabled)
                .filter(u -> u.roles().contains(policy.assigneeRole()))
                .isPresent();
    if (!officerRole) {
      return refuse(
          actor,
          caseId,
          Rejection.onField(
              ErrorCode.INVALID_VALUE, "officerId", "The assignee must be a dialogue officer"));
    }
    Instant now = clock.instant();
    unitOfWork.inTransaction(
        () -> {
          caseOfficers.assign(caseId, officer, now);
          auditLog.append(
              AuditEntry.accepted(actor, caseId, ACTION, "Case officer assigned: " + officer, now));
          return null;
        });
    return Result.ok(report);
  }

  /** "Allocate to me": assigns the caller, under exactly the rules of {@link #assign}. */
  public Result<PreReport> allocateToMe(Actor actor, CaseId caseId) {
    return assign(actor, caseId, actor.userId());
  }

  /** The assigned officers of the visible reports among {@code reports}: one batch query. */
  public Map<CaseId, UserId> officersOf(Actor actor, Collection<PreReport> reports) {
    List<CaseId> visible =
        reports.stream().filter(r -> access.canSee(actor, r)).map(PreReport::id).toList();
    return visible.isEmpty() ? Map.of() : caseOfficers.findAll(visible);
  }

  private Result<PreReport> refuse(Actor actor, CaseId caseId, Rejection rejection) {
    AuditEntry entry =
        new AuditEntry(
            clock.instant(),
            actor.userId(),
            actor.username(),
            actor.organisationId(),
            caseId,
            ACTION,
            AuditOutcome.REJECTED,
            "Refused: " + rejection.code());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), List.of(rejection));
  }
}
