package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.Obligor;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.dialogue.model.Attachment;
import dev.taiwa.cases.dialogue.model.CompanyQuery;
import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.dialogue.model.DialogueEvent;
import dev.taiwa.cases.dialogue.model.QueryAction;
import dev.taiwa.cases.dialogue.model.QueryAnswer;
import dev.taiwa.cases.dialogue.model.QueryTransitions;
import dev.taiwa.cases.dialogue.model.QueryValidation;
import dev.taiwa.cases.dialogue.port.CaseOfficers;
import dev.taiwa.cases.dialogue.port.CompanyQueries;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Bilingual;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.prereport.application.PreReportTarget;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Queries to the company (照会). Asking opens the company's reply deadline {@code query:<id>} on the
 * ledger and stops the officials' clocks of the case under the same key; answering meets the
 * deadline, withdrawing cancels it, and both restart the clocks. Each change publishes its
 * notification and writes its audit entry in the same transaction; a refusal writes only a REJECTED
 * audit entry (NOT_FOUND for a query of a case the caller may not see).
 */
public final class CompanyQueryCommands {
  private static final Bilingual ASKED = new Bilingual("query to the company", "照会");

  private final CompanyQueries queries;
  private final CaseOfficers caseOfficers;
  private final DeadlineLedger ledger;
  private final NotificationOutbox outbox;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PreReport> caseTarget;
  private final CaseItemTarget<CompanyQuery> queryTarget;
  private final DialogueCasePolicy policy = new DialogueCasePolicy();
  private final QueryValidation validation = new QueryValidation();

  public CompanyQueryCommands(
      PreReports preReports,
      CompanyQueries queries,
      CaseOfficers caseOfficers,
      DeadlineLedger ledger,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.queries = queries;
    this.caseOfficers = caseOfficers;
    this.ledger = ledger;
    this.outbox = outbox;
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.caseTarget = PreReportTarget.of(preReports);
    this.queryTarget =
        new CaseItemTarget<>(
            "query", queries::find, CompanyQuery::caseId, CompanyQuery::version, preReports);
  }

  /**
   * An officer asks the company a question; the reply is due in {@code replyDays} days (null: the
   * rule {@code dialogue.companyReplyDays}).
   */
  public Result<CompanyQuery> ask(Actor actor, CaseId caseId, String question, Integer replyDays) {
    Instant now = clock.instant();
    DialogueAction action = DialogueAction.ASK_QUERY;
    return pipeline.run(
        actor,
        caseTarget,
        caseId,
        Command.<PreReport, CompanyQuery>named(DialogueEvent.typeOf(action))
            .table((report, roles) -> policy.check(action, report.state(), roles))
            .policy(report -> validation.question(question, replyDays))
            .does(
                (report, roles) -> {
                  int days =
                      replyDays != null
                          ? replyDays
                          : (int) ledger.rules().rule(DeadlineRules.COMPANY_REPLY).amount();
                  UUID id = UUID.randomUUID();
                  String subject = CompanyQuery.subjectOf(id);
                  return Step.writing(
                      new DialogueEvent(
                          caseId,
                          action,
                          "Query " + id + " asked; reply in " + days + " days",
                          now),
                      () -> {
                        TrackedDeadline reply =
                            ledger.open(
                                caseId,
                                CaseKind.PRE_REPORT,
                                subject,
                                DeadlineRules.COMPANY_REPLY,
                                days,
                                PeriodStart.at(now, ASKED),
                                Obligor.COMPANY);
                        CompanyQuery query =
                            CompanyQuery.asked(
                                id,
                                caseId,
                                question.strip(),
                                days,
                                reply.due(),
                                actor.userId(),
                                now);
                        queries.insert(query);
                        ledger.stopClocks(
                            caseId,
                            Obligor.OFFICIALS,
                            subject,
                            JapanTime.dateOf(now),
                            "Query " + id);
                        publish(
                            report,
                            NotificationKind.QUERY_ASKED,
                            new Recipient.RoleInOrganisation(report.organisationId(), Role.FILER),
                            Optional.of(reply.due()),
                            now);
                        return query;
                      });
                }));
  }

  /** The company's filer answers an open query, with attached files' metadata. */
  public Result<CompanyQuery> answer(
      Actor actor, UUID queryId, Long expectedVersion, String text, List<Attachment> attachments) {
    Instant now = clock.instant();
    return change(
        actor,
        queryId,
        expectedVersion,
        DialogueAction.ANSWER_QUERY,
        QueryAction.ANSWER,
        validation.answer(text, attachments),
        query ->
            query.answered(
                new QueryAnswer(
                    text == null ? "" : text.strip(), attachments, actor.userId(), now)),
        (report, query) -> {
          LocalDate today = JapanTime.dateOf(now);
          ledger.meet(report.id(), query.subject(), today);
          ledger.restartClocks(report.id(), query.subject(), today);
          Optional<UserId> officer =
              Optional.ofNullable(caseOfficers.findAll(List.of(report.id())).get(report.id()));
          publish(
              report,
              NotificationKind.QUERY_ANSWERED,
              officer
                  .<Recipient>map(Recipient.User::new)
                  .orElse(new Recipient.EveryoneWithRole(Role.DIALOGUE_OFFICER)),
              Optional.empty(),
              now);
        },
        "answered",
        now);
  }

  /** An officer withdraws an open query, giving a reason; the officials' clocks restart. */
  public Result<CompanyQuery> withdraw(
      Actor actor, UUID queryId, Long expectedVersion, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        queryId,
        expectedVersion,
        DialogueAction.WITHDRAW_QUERY,
        QueryAction.WITHDRAW,
        validation.question(reason, null).stream()
            .map(r -> Rejection.onField(r.code(), "reason", r.message()))
            .toList(),
        query -> query.withdrawn(reason.strip()),
        (report, query) -> {
          LocalDate today = JapanTime.dateOf(now);
          ledger.cancel(report.id(), query.subject(), today, "Query withdrawn");
          ledger.restartClocks(report.id(), query.subject(), today);
        },
        "withdrawn",
        now);
  }

  private Result<CompanyQuery> change(
      Actor actor,
      UUID queryId,
      Long expectedVersion,
      DialogueAction action,
      QueryAction queryAction,
      List<Rejection> inputProblems,
      Function<CompanyQuery, CompanyQuery> next,
      BiConsumer<PreReport, CompanyQuery> effects,
      String what,
      Instant now) {
    return pipeline.run(
        actor,
        queryTarget,
        queryId,
        Command.<OnCase<CompanyQuery>, CompanyQuery>named(DialogueEvent.typeOf(action))
            .expecting(expectedVersion)
            .table((on, roles) -> policy.check(action, on.report().state(), roles))
            .table(
                (on, roles) -> QueryTransitions.TABLE.check(on.item().state(), queryAction, roles))
            .policy(on -> inputProblems)
            .showing(OnCase::item)
            .does(
                (on, roles) -> {
                  CompanyQuery changed = next.apply(on.item());
                  return Step.accepted(
                      changed,
                      new DialogueEvent(
                          on.report().id(), action, "Query " + changed.id() + " " + what, now),
                      () -> {
                        queries.update(changed);
                        effects.accept(on.report(), changed);
                      });
                }));
  }

  private void publish(
      PreReport report,
      NotificationKind kind,
      Recipient recipient,
      Optional<LocalDate> due,
      Instant at) {
    outbox.publish(
        new NotificationDraft(
            kind, report.id(), CaseKind.PRE_REPORT, report.reference().toString(), recipient, due),
        at);
  }
}
