package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.access.PatentAccessPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.model.ApplicationNumber;
import dev.taiwa.cases.patent.model.IpcCode;
import dev.taiwa.cases.patent.model.PatentAction;
import dev.taiwa.cases.patent.model.PatentApplication;
import dev.taiwa.cases.patent.model.PatentApplicationForm;
import dev.taiwa.cases.patent.model.PatentApplicationValidation;
import dev.taiwa.cases.patent.model.PatentEvent;
import dev.taiwa.cases.patent.model.PatentState;
import dev.taiwa.cases.patent.model.PatentTransitions;
import dev.taiwa.cases.patent.model.ScreeningCoverage;
import dev.taiwa.cases.patent.model.ScreeningDeadline;
import dev.taiwa.cases.patent.model.ScreeningRules;
import dev.taiwa.cases.patent.port.PatentApplications;
import java.time.Clock;
import java.time.Instant;
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
  private final ScreeningDeadline deadline;
  private final ScreeningDecisionRules decisionRules;
  private final PatentAccessPolicy access = new PatentAccessPolicy();

  public PatentCommands(
      PatentApplications store,
      Organisations organisations,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      ScreeningRules rules,
      SpecifiedFieldCatalogue catalogue) {
    this.store = store;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.queries = new PatentQueries(store, grants, auditLog, unitOfWork, clock);
    this.validation = new PatentApplicationValidation(id -> organisations.find(id).isPresent());
    this.coverage = new ScreeningCoverage(rules);
    this.deadline = new ScreeningDeadline(rules);
    this.decisionRules = new ScreeningDecisionRules(catalogue);
  }

  /** An examiner registers an application and becomes its assigned examiner. */
  public Result<PatentApplicationView> register(Actor actor, PatentApplicationForm form) {
    Instant now = clock.instant();
    List<Rejection> problems = checkRegistration(actor, form);
    if (!problems.isEmpty()) {
      return refuse(actor, null, PatentEvent.Registered.TYPE, problems);
    }
    Optional<String> outside = coverage.outsideReason(form.filingDate(), form.route());
    PatentState state =
        outside.isPresent() ? PatentState.OUTSIDE_SCREENING : PatentState.UNDER_SCREENING;
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
            form.ipcCodes().stream().map(c -> IpcCode.parse(c).orElseThrow()).toList(),
            form.route(),
            form.additionalFacts(),
            state,
            outside.orElse(null),
            actor.userId(),
            outside.isPresent() ? null : deadline.dueOn(form.filingDate()),
            List.of(),
            null,
            now,
            now,
            1);
    PatentEvent event =
        new PatentEvent.Registered(application.id(), application.number().value(), state, now);
    unitOfWork.inTransaction(
        () -> {
          store.insert(application);
          auditLog.append(accepted(actor, event));
          return application;
        });
    return Result.ok(answer(application));
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

  /** The examiner decides first screening: sent to review (with fields) or not sent. */
  public Result<PatentApplicationView> decideScreening(
      Actor actor, CaseId id, ScreeningOutcome outcome, List<Integer> fields, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        outcome.action(),
        PatentEvent.ScreeningDecided.TYPE,
        current -> decisionRules.problems(current, outcome, fields, reason),
        (current, next) ->
            new Change(
                current.moved(next, fields == null ? List.of() : fields, reason.strip(), now),
                new PatentEvent.ScreeningDecided(
                    id, next, fields == null ? List.of() : fields, now)));
  }

  /** A filer of an applicant organisation asks for security review (申出). */
  public Result<PatentApplicationView> requestSecurityReview(
      Actor actor, CaseId id, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        PatentAction.REQUEST_SECURITY_REVIEW,
        PatentEvent.SecurityReviewRequested.TYPE,
        current -> List.of(),
        (current, next) ->
            new Change(
                current.moved(
                    next,
                    current.matchedFields(),
                    reason == null || reason.isBlank() ? "出願人の申出" : reason.strip(),
                    now),
                new PatentEvent.SecurityReviewRequested(id, now)));
  }

  private record Change(PatentApplication next, PatentEvent event) {}

  private Result<PatentApplicationView> change(
      Actor actor,
      CaseId id,
      PatentAction action,
      String auditAction,
      java.util.function.Function<PatentApplication, List<Rejection>> rules,
      java.util.function.BiFunction<PatentApplication, PatentState, Change> behaviour) {
    Optional<PatentApplication> visible = store.find(id).filter(a -> queries.canSee(actor, a));
    if (visible.isEmpty()) {
      return refuse(
          actor,
          id,
          auditAction,
          List.of(Rejection.of(ErrorCode.NOT_FOUND, "No application " + id)));
    }
    PatentApplication current = visible.get();
    Optional<Rejection> refusal =
        PatentTransitions.TABLE.check(current.state(), action, access.rolesOn(actor, current));
    List<Rejection> problems = refusal.map(List::of).orElseGet(() -> rules.apply(current));
    if (!problems.isEmpty()) {
      return refuse(actor, id, auditAction, problems);
    }
    PatentState next = PatentTransitions.TABLE.find(current.state(), action).orElseThrow().to();
    Change change = behaviour.apply(current, next);
    try {
      unitOfWork.inTransaction(
          () -> {
            store.update(change.next());
            auditLog.append(accepted(actor, change.event()));
            return change.next();
          });
    } catch (ConcurrentChangeException e) {
      return refuse(
          actor,
          id,
          auditAction,
          List.of(Rejection.of(ErrorCode.CONFLICT, "The application was changed; reload it")));
    }
    return Result.ok(answer(change.next()));
  }

  private Result<PatentApplicationView> refuse(
      Actor actor, CaseId id, String action, List<Rejection> rejections) {
    AuditEntry entry = AuditEntry.refused(actor, id, action, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }

  private static AuditEntry accepted(Actor actor, PatentEvent event) {
    return new AuditEntry(
        event.occurredAt(),
        actor.userId(),
        actor.username(),
        actor.organisationId(),
        event.caseId(),
        event.type(),
        AuditOutcome.ACCEPTED,
        event.summary());
  }

  /**
   * The answer of a command. A payload never carries secret content, so that no read of it escapes
   * the audit: once secret, content is read through the audited queries.
   */
  private static PatentApplicationView answer(PatentApplication application) {
    return new PatentApplicationView(application, application.state().isSecret());
  }
}
