package dev.taiwa.cases.inform.application;

import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.inform.model.ConditionResponse;
import dev.taiwa.cases.inform.model.Inform;
import dev.taiwa.cases.inform.model.InformPolicy;
import dev.taiwa.cases.inform.model.InformRoute;
import dev.taiwa.cases.inform.model.LicenceApplication;
import dev.taiwa.cases.inform.port.Informs;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.outcome.model.OutcomeValidation;
import dev.taiwa.cases.prereport.application.CaseMoves;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The inform and the company's licence application. Issuing (IN_DIALOGUE, a dialogue officer) must
 * cite unresolved concerns of the case, or record the dialogue's conclusion that licence conditions
 * are effective with the proposed conditions ({@link InformPolicy}, {@link InformRoute}); it opens
 * the company's deadline {@code inform} (rule {@code inform.licenceApplicationDays}) and tells the
 * company's filers. Applying (INFORM_ISSUED, the company's filer) answers each proposed condition
 * and meets that deadline. Both are {@link CaseMoves} moves, so access, the table and the audit go
 * the same way.
 */
public final class InformCommands {
  private static final Bilingual ISSUED = new Bilingual("inform issued", "インフォーム通知");

  private final CaseMoves moves;
  private final DialogueQueries dialogue;
  private final Informs informs;
  private final NotificationOutbox outbox;
  private final InformPolicy policy = new InformPolicy();
  private final OutcomeValidation validation = new OutcomeValidation();

  public InformCommands(
      CaseMoves moves, DialogueQueries dialogue, Informs informs, NotificationOutbox outbox) {
    this.moves = moves;
    this.dialogue = dialogue;
    this.informs = informs;
    this.outbox = outbox;
  }

  /** A dialogue officer issues the inform, citing unresolved concerns, proposing conditions. */
  public Result<PreReport> issue(
      Actor actor,
      CaseId caseId,
      Long expectedVersion,
      List<UUID> cited,
      List<String> conditions,
      String summary) {
    return issue(
        actor,
        caseId,
        expectedVersion,
        InformRoute.UNRESOLVED_CONCERNS,
        cited,
        conditions,
        summary);
  }

  /**
   * A dialogue officer issues the inform on {@code route}: citing unresolved concerns, or recording
   * the dialogue's conclusion that licence conditions are effective (then with at least one
   * proposed condition and no citation).
   */
  public Result<PreReport> issue(
      Actor actor,
      CaseId caseId,
      Long expectedVersion,
      InformRoute route,
      List<UUID> cited,
      List<String> conditions,
      String summary) {
    List<String> proposed = OutcomeValidation.stripped(conditions);
    List<UUID> citing = cited == null ? List.of() : cited;
    return moves.move(
        actor,
        caseId,
        expectedVersion,
        PreReportAction.ISSUE_INFORM,
        report -> {
          List<Rejection> problems = new ArrayList<>(validation.text("summary", summary));
          problems.addAll(
              policy.problems(
                  route, citing, proposed, dialogue.unresolvedConcerns(actor, report.id())));
          if (!proposed.isEmpty()) {
            problems.addAll(validation.items("proposedConditions", proposed));
          }
          return problems;
        },
        route + ": " + citing.size() + " concern(s) cited, " + proposed.size() + " condition(s)",
        (before, after, at) -> {
          DeadlineLedger ledger = moves.stageTargets().ledger();
          LocalDate due =
              ledger
                  .open(
                      after.id(),
                      CaseKind.PRE_REPORT,
                      StageTargets.INFORM,
                      DeadlineRules.LICENCE_APPLICATION,
                      PeriodStart.at(at, ISSUED),
                      Obligor.COMPANY)
                  .due();
          informs.insert(
              new Inform(
                  UUID.randomUUID(),
                  after.id(),
                  route,
                  citing,
                  proposed,
                  summary.strip(),
                  due,
                  actor.userId(),
                  at));
          outbox.publish(
              new NotificationDraft(
                  NotificationKind.INFORM_ISSUED,
                  after.id(),
                  CaseKind.PRE_REPORT,
                  after.reference().toString(),
                  new Recipient.RoleInOrganisation(after.organisationId(), Role.FILER),
                  Optional.of(due)),
              at);
        });
  }

  /** The company's filer applies for the licence, answering every proposed condition. */
  public Result<PreReport> applyForLicence(
      Actor actor,
      CaseId caseId,
      Long expectedVersion,
      String companyReference,
      LocalDate appliedOn,
      List<ConditionResponse> responses) {
    List<ConditionResponse> given = responses == null ? List.of() : responses;
    return moves.move(
        actor,
        caseId,
        expectedVersion,
        PreReportAction.APPLY_FOR_LICENCE,
        report ->
            policy.applicationProblems(
                companyReference,
                appliedOn,
                moves.stageTargets().ledger().today(),
                given,
                Optional.ofNullable(informs.informsOf(List.of(report.id())).get(report.id()))
                    .map(i -> i.proposedConditions().size())
                    .orElse(0)),
        given.size() + " condition response(s)",
        (before, after, at) ->
            informs.insert(
                new LicenceApplication(
                    after.id(),
                    companyReference.strip(),
                    appliedOn,
                    given.stream()
                        .map(
                            r ->
                                new ConditionResponse(
                                    r.condition(),
                                    r.accepted(),
                                    r.comment() == null ? null : r.comment().strip()))
                        .toList(),
                    actor.userId(),
                    at)));
  }
}
