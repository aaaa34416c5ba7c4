package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.access.PreReportAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.deadline.Bilingual;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.deadline.tracking.CaseKind;
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
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.ErrorCode;
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
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

  private final PreReports preReports;
  private final CompanyQueries queries;
  private final CaseOfficers caseOfficers;
  private final DeadlineLedger ledger;
  private final NotificationOutbox outbox;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
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
    this.preReports = preReports;
    this.queries = queries;
    this.caseOfficers = caseOfficers;
    this.ledger = ledger;
    this.outbox = outbox;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /**
   * An officer asks the company a question; the reply is due in {@code replyDays} days (null: the
   * rule {@code dialogue.companyReplyDays}).
   */
  public Result<CompanyQuery> ask(Actor actor, CaseId caseId, String question, Integer replyDays) {
    Instant now = clock.instant();
    DialogueAction action = DialogueAction.ASK_QUERY;
    Optional<PreReport> visible = visibleCase(actor, caseId);
    if (visible.isEmpty()) {
      return refuse(actor, caseId, action, notFound("case"));
    }
    PreReport report = visible.get();
    List<Rejection> problems =
        policy
            .check(action, report.state(), access.rolesOn(actor, report))
            .map(List::of)
            .orElseGet(() -> validation.question(question, replyDays));
    if (!problems.isEmpty()) {
      return refuse(actor, caseId, action, problems);
    }
    int days =
        replyDays != null
            ? replyDays
            : (int) ledger.rules().rule(DeadlineRules.COMPANY_REPLY).amount();
    UUID id = UUID.randomUUID();
    String subject = CompanyQuery.subjectOf(id);
    CompanyQuery asked =
        unitOfWork.inTransaction(
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
                      id, caseId, question.strip(), days, reply.due(), actor.userId(), now);
              queries.insert(query);
              ledger.stopClocks(
                  caseId, Obligor.OFFICIALS, subject, JapanTime.dateOf(now), "Query " + id);
              publish(
                  report,
                  NotificationKind.QUERY_ASKED,
                  new Recipient.RoleInOrganisation(report.organisationId(), Role.FILER),
                  Optional.of(reply.due()),
                  now);
              auditLog.append(
                  AuditEntry.accepted(
                      actor,
                      new DialogueEvent(
                          caseId,
                          action,
                          "Query " + id + " asked; reply in " + days + " days",
                          now)));
              return query;
            });
    return Result.ok(asked);
  }

  /** The company's filer answers an open query, with attached files' metadata. */
  public Result<CompanyQuery> answer(
      Actor actor, UUID queryId, String text, List<Attachment> attachments) {
    Instant now = clock.instant();
    return change(
        actor,
        queryId,
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
  public Result<CompanyQuery> withdraw(Actor actor, UUID queryId, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        queryId,
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
      DialogueAction action,
      QueryAction queryAction,
      List<Rejection> inputProblems,
      Function<CompanyQuery, CompanyQuery> next,
      java.util.function.BiConsumer<PreReport, CompanyQuery> effects,
      String what,
      Instant now) {
    Optional<CompanyQuery> found = queryId == null ? Optional.empty() : queries.find(queryId);
    Optional<PreReport> visible = found.flatMap(q -> visibleCase(actor, q.caseId()));
    if (visible.isEmpty()) {
      return refuse(actor, null, action, notFound("query"));
    }
    CompanyQuery query = found.get();
    PreReport report = visible.get();
    Set<Role> roles = access.rolesOn(actor, report);
    List<Rejection> problems =
        policy
            .check(action, report.state(), roles)
            .or(() -> QueryTransitions.TABLE.check(query.state(), queryAction, roles))
            .map(List::of)
            .orElse(inputProblems);
    if (!problems.isEmpty()) {
      return refuse(actor, report.id(), action, problems);
    }
    CompanyQuery changed = next.apply(query);
    try {
      unitOfWork.inTransaction(
          () -> {
            queries.update(changed);
            effects.accept(report, changed);
            auditLog.append(
                AuditEntry.accepted(
                    actor,
                    new DialogueEvent(
                        report.id(), action, "Query " + query.id() + " " + what, now)));
            return null;
          });
    } catch (ConcurrentChangeException e) {
      return refuse(
          actor,
          report.id(),
          action,
          Rejection.of(ErrorCode.CONFLICT, "The query was changed by someone else; reload it"));
    }
    return Result.ok(queries.find(query.id()).orElse(changed));
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

  private Optional<PreReport> visibleCase(Actor actor, CaseId caseId) {
    return caseId == null
        ? Optional.empty()
        : preReports.find(caseId).filter(r -> access.canSee(actor, r));
  }

  private <T> Result<T> refuse(
      Actor actor, CaseId caseId, DialogueAction action, Rejection rejection) {
    return refuse(actor, caseId, action, List.of(rejection));
  }

  private <T> Result<T> refuse(
      Actor actor, CaseId caseId, DialogueAction action, List<Rejection> rejections) {
    AuditEntry entry =
        AuditEntry.refused(actor, caseId, "DIALOGUE_" + action.name(), rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }

  private static Rejection notFound(String what) {
    return Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such " + what);
  }
}
