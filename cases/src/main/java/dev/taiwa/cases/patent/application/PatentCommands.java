package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.patent.access.PatentAccessPolicy;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.PatentApplicationValidation;
import dev.taiwa.cases.patent.model.PatentEvent;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.ScreeningCoverage;
import dev.taiwa.cases.patent.model.ScreeningRules;
import dev.taiwa.cases.patent.model.SendingWithinScreeningPeriod;
import dev.taiwa.cases.patent.nonsending.model.NonSendingNotice;
import dev.taiwa.cases.patent.nonsending.port.NonSendingNotices;
import dev.taiwa.cases.patent.port.PatentApplications;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Track B commands of first screening. Each accepted change and its audit entry commit in one
 * transaction; a refusal writes one REJECTED entry. An application the caller may not see is
 * NOT_FOUND, exactly like a missing one. Answers carry the application as the caller may see it.
 */
public final class PatentCommands {
  private final PatentApplications store;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PatentQueries queries;
  private final PatentApplicationValidation validation;
  private final ScreeningCoverage coverage;
  private final ScreeningRules rules;
  private final DeadlineLedger ledger;
  private final PatentChanges changes;
  private final ScreeningDecisionRules decisionRules;
  private final PatentAccessPolicy access = new PatentAccessPolicy();
  private final NonSendingNotices notices;
  private final NotificationOutbox outbox;

  public PatentCommands(
      PatentApplications store,
      Organisations organisations,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      ScreeningRules rules,
      SpecifiedFieldCatalogue catalogue,
      DeadlineLedger ledger,
      NonSendingNotices notices,
      NotificationOutbox outbox) {
    this.store = store;
    this.notices = notices;
    this.outbox = outbox;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.queries = new PatentQueries(store, grants, auditLog, unitOfWork, clock);
    this.validation = new PatentApplicationValidation(id -> organisations.find(id).isPresent());
    this.coverage = new ScreeningCoverage(rules);
    this.rules = rules;
    this.ledger = ledger;
    this.changes = new PatentChanges(store, auditLog, unitOfWork, clock, queries);
    this.decisionRules = new ScreeningDecisionRules(catalogue);
  }

  /** An examiner registers an application and becomes its assigned examiner. */
  public Result<PatentApplicationView> register(Actor actor, PatentApplicationForm form) {
    Instant now = clock.instant();
    return changes.create(
        actor,
        Command.<Actor, PatentApplicationView>named(AuditAction.PATENT_APPLICATION_REGISTERED)
            .policy(a -> checkRegistration(actor, form))
            .does(
                (a, roles) -> {
                  Optional<String> outside =
                      coverage.outsideReason(form.filingDate(), form.route());
                  PatentState state =
                      outside.isPresent()
                          ? PatentState.OUTSIDE_SCREENING
                          : PatentState.UNDER_SCREENING;
                  PatentApplication application =
                      new PatentApplication(
                          CaseId.random(),
                          ApplicationNumber.parse(form.applicationNumber()).orElseThrow(),
                          form.filingDate(),
                          form.applicants(),
                          form.inventionCompletedInJapan(),
                          form.title().strip(),
                          form.abstractText(),
                          form.claims(),
                          form.ipcCodes().stream()
                              .map(c -> IpcCode.parse(c).orElseThrow())
                              .toList(),
                          form.route(),
                          form.additionalFacts(),
                          state,
                          outside.orElse(null),
                          actor.userId(),
                          outside.isPresent() ? null : firstScreeningDue(form.filingDate()),
                          List.of(),
                          null,
                          now,
                          now,
                          1,
                          false);
                  return Step.accepted(
                      answer(application),
                      new PatentEvent.Registered(
                          application.id(), application.number().value(), state, now),
                      () -> {
                        store.insert(application);
                        if (state == PatentState.UNDER_SCREENING) {
                          PatentDeadlines.openScreening(
                              ledger, application.id(), form.filingDate(), rules.screeningMonths());
                        }
                      });
                }));
  }

  /**
   * What {@link #register} would refuse for {@code form} now, without writing or auditing anything
   * (for previews such as an import's dry run).
   */
  public List<Rejection> checkRegistration(Actor actor, PatentApplicationForm form) {
    List<Rejection> problems =
        access.canRegister(actor)
            ? validation.problems(form, JapanTime.dateOf(clock.instant()))
            : List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only a patent examiner registers"));
    if (problems.isEmpty() && store.numberTaken(form.applicationNumber().strip())) {
      problems =
          List.of(Rejection.onField(ErrorCode.DUPLICATE, "applicationNumber", "この出願番号は登録済みです"));
    }
    return problems;
  }

  /**
   * The examiner decides first screening: sent to review (with fields) or not sent (with none).
   * Sending is refused once the screening period has passed or the notice of non-sending was issued
   * ({@link SendingWithinScreeningPeriod}, Art. 66); NOT_SENT answers a pending request for a
   * notice of non-sending by issuing it in the same transaction. Either way the applicants' filers
   * are told (PATENT_SENT_TO_REVIEW, PATENT_NOT_SENT).
   */
  public Result<PatentApplicationView> decideScreening(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      ScreeningOutcome outcome,
      List<Integer> fields,
      String reason) {
    Instant now = clock.instant();
    return changes.apply(
        actor,
        id,
        expectedVersion,
        outcome.action(),
        AuditAction.PATENT_SCREENING_DECIDED,
        current -> {
          List<Rejection> problems = new ArrayList<>();
          if (outcome == ScreeningOutcome.SEND_TO_REVIEW) {
            boolean noticeIssued = notices.find(id).filter(NonSendingNotice::issued).isPresent();
            SendingWithinScreeningPeriod.refusal(
                    current.screeningDue(), noticeIssued, JapanTime.dateOf(now))
                .ifPresent(problems::add);
          }
          problems.addAll(decisionRules.problems(current, outcome, fields, reason));
          return problems;
        },
        (current, next) ->
            new PatentChanges.Change(
                current.moved(next, matched(outcome, fields), reason.strip(), now),
                new PatentEvent.ScreeningDecided(id, next, matched(outcome, fields), now),
                () -> {
                  PatentDeadlines.screeningDecided(ledger, current, next, now);
                  if (next == PatentState.NOT_SENT) {
                    NonSendingNoticeCommands.issueWithDecision(notices, auditLog, actor, id, now);
                  }
                  ApplicantNotices.tell(
                      outbox,
                      current,
                      next == PatentState.NOT_SENT
                          ? NotificationKind.PATENT_NOT_SENT
                          : NotificationKind.PATENT_SENT_TO_REVIEW,
                      null,
                      now);
                }));
  }

  /** A filer of an applicant organisation asks for security review (申出). */
  public Result<PatentApplicationView> requestSecurityReview(
      Actor actor, CaseId id, Long expectedVersion, String reason) {
    Instant now = clock.instant();
    return changes.apply(
        actor,
        id,
        expectedVersion,
        PatentAction.REQUEST_SECURITY_REVIEW,
        AuditAction.PATENT_SECURITY_REVIEW_REQUESTED,
        current -> StorableText.problem("reason", reason).map(List::of).orElse(List.of()),
        (current, next) ->
            new PatentChanges.Change(
                current.moved(
                    next,
                    current.matchedFields(),
                    reason == null || reason.isBlank() ? "出願人の申出" : reason.strip(),
                    now),
                new PatentEvent.SecurityReviewRequested(id, now),
                () -> PatentDeadlines.screeningDecided(ledger, current, next, now)));
  }

  /** The fields a decision records: those matched when sending, none when not sending. */
  private static List<Integer> matched(ScreeningOutcome outcome, List<Integer> fields) {
    return outcome == ScreeningOutcome.SEND_TO_REVIEW && fields != null ? fields : List.of();
  }

  private LocalDate firstScreeningDue(LocalDate filingDate) {
    return PatentDeadlines.firstScreening(ledger, filingDate, rules.screeningMonths()).due();
  }

  private static PatentApplicationView answer(PatentApplication application) {
    return PatentChanges.answer(application);
  }
}
