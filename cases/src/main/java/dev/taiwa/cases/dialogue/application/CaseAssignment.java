package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.dialogue.model.DialogueEvent;
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
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.application.PreReportTarget;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The case officer of a filed case: any dialogue officer assigns or reassigns it to any dialogue
 * officer (themselves included: "allocate to me"); the assignee must hold the role. Audited.
 */
public final class CaseAssignment {
  private final PreReports preReports;
  private final CaseOfficers caseOfficers;
  private final UserAccounts users;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PreReport> target;
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
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target = PreReportTarget.of(preReports);
  }

  /** Assigns {@code officer} to the case; answers the case as it now stands. */
  public Result<PreReport> assign(
      Actor actor, CaseId caseId, Long expectedVersion, UserId officer) {
    Instant now = clock.instant();
    DialogueAction action = DialogueAction.ASSIGN_CASE_OFFICER;
    return pipeline.run(
        actor,
        target,
        caseId,
        Command.<PreReport, PreReport>named(DialogueEvent.typeOf(action))
            .expecting(expectedVersion)
            .table((report, roles) -> policy.check(action, report.state(), roles))
            .policy(report -> assigneeProblems(officer))
            .does(
                (report, roles) ->
                    Step.accepted(
                        report,
                        new DialogueEvent(caseId, action, "Case officer assigned: " + officer, now),
                        () -> caseOfficers.assign(caseId, officer, now))));
  }

  /** The assignee must be an enabled account holding the assignee role. */
  private List<Rejection> assigneeProblems(UserId officer) {
    boolean officerRole =
        officer != null
            && users
                .find(officer)
                .filter(UserAccount::enabled)
                .filter(u -> u.roles().contains(policy.assigneeRole()))
                .isPresent();
    return officerRole
        ? List.of()
        : List.of(
            Rejection.onField(
                ErrorCode.INVALID_VALUE, "officerId", "The assignee must be a dialogue officer"));
  }

  /** "Allocate to me": assigns the caller, under exactly the rules of {@link #assign}. */
  public Result<PreReport> allocateToMe(Actor actor, CaseId caseId, Long expectedVersion) {
    return assign(actor, caseId, expectedVersion, actor.userId());
  }

  /** The assigned officers of the visible reports among {@code reports}: one batch query. */
  public Map<CaseId, UserId> officersOf(Actor actor, Collection<PreReport> reports) {
    List<CaseId> visible =
        reports.stream().filter(r -> access.canSee(actor, r)).map(PreReport::id).toList();
    return visible.isEmpty() ? Map.of() : caseOfficers.findAll(visible);
  }
}
