package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.access.PreReportAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.outcome.model.Outcome;
import dev.taiwa.cases.outcome.model.OutcomeType;
import dev.taiwa.cases.outcome.port.Outcomes;
import dev.taiwa.cases.prereport.model.LeadTimePolicy;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportEvent.DraftCreated;
import dev.taiwa.cases.prereport.model.PreReportEvent.DraftUpdated;
import dev.taiwa.cases.prereport.model.PreReportEvent.ReviewStarted;
import dev.taiwa.cases.prereport.model.PreReportEvent.Submitted;
import dev.taiwa.cases.prereport.model.PreReportEvent.Withdrawn;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportFormValidation;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.ReferenceNumbers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The pre-report use cases that change a case. Each runs in one transaction: the case change and
 * its audit event are written together; a refused command writes only a REJECTED audit event.
 *
 * <p>Every command goes the same way: access (a case the caller may not see is NOT_FOUND, exactly
 * like a missing one), then the transition table (INVALID_STATE, FORBIDDEN), then the form's rules,
 * then one transaction storing the next version and one ACCEPTED audit entry.
 */
public final class PreReportCommands {
  private static final String REFERENCE_PREFIX = "PR";

  private final PreReports preReports;
  private final ReferenceNumbers referenceNumbers;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final PreReportFormValidation validation;
  private final LeadTimePolicy leadTime;
  private final StageTargets stageTargets;
  private final Outcomes outcomes;

  public PreReportCommands(
      PreReports preReports,
      ReferenceNumbers referenceNumbers,
      TechnologyRevisions technologyRevisions,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      PreReportRules rules,
      StageTargets stageTargets,
      Outcomes outcomes) {
    this.stageTargets = stageTargets;
    this.outcomes = outcomes;
    this.preReports = preReports;
    this.referenceNumbers = referenceNumbers;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.validation = new PreReportFormValidation(new TechnologyCatalogue(technologyRevisions));
    this.leadTime = new LeadTimePolicy(rules);
  }

  /** A filer starts a draft for its own organisation; the form may be incomplete. */
  public Result<PreReport> createDraft(Actor actor, PreReportForm form) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    List<Rejection> problems =
        access.canCreate(actor)
            ? validation.forDraft(form, today)
            : List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only a filer may create a pre-report"));
    if (!problems.isEmpty()) {
      return refuse(actor, null, DraftCreated.TYPE, problems, Optional.empty());
    }
    PreReport created =
        unitOfWork.inTransaction(
            () -> {
              int year = today.getYear();
              ReferenceNumber reference =
                  ReferenceNumber.of(
                      REFERENCE_PREFIX, year, referenceNumbers.next(REFERENCE_PREFIX, year));
              DraftCreated event =
                  new DraftCreated(
                      CaseId.random(),
                      reference,
                      actor.organisationId(),
                      actor.userId(),
                      form,
                      now);
              PreReport report = PreReport.draft(event);
              preReports.insert(report);
              auditLog.append(AuditEntry.accepted(actor, event));
              return report;
            });
    return Result.ok(created);
  }

  /**
   * What {@link #createDraft} (and, when {@code submitting}, {@link #submit} on the same day) would
   * refuse for {@code form} today, without writing or auditing anything: the same access rule and
   * form rules, for previews such as an import's dry run.
   */
  public List<Rejection> check(Actor actor, PreReportForm form, boolean submitting) {
    if (!access.canCreate(actor)) {
      return List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only a filer may create a pre-report"));
    }
    LocalDate today = JapanTime.dateOf(clock.instant());
    List<Rejection> problems = new java.util.ArrayList<>(validation.forDraft(form, today));
    if (submitting) {
      validation.forSubmission(form, today).stream()
          .filter(p -> !problems.contains(p))
          .forEach(problems::add);
    }
    return List.copyOf(problems);
  }

  /** A filer replaces the form of its organisation's draft. */
  public Result<PreReport> updateDraft(
      Actor actor, CaseId id, long expectedVersion, PreReportForm form) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        DraftUpdated.TYPE,
        (report, roles) ->
            report.updateDraft(
                roles,
                expectedVersion,
                form,
                validation.forDraft(form, JapanTime.dateOf(now)),
                now));
  }

  /** A filer submits a complete draft; the lead-time rule is assessed on the filing date. */
  public Result<PreReport> submit(Actor actor, CaseId id) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        Submitted.TYPE,
        (report, roles) ->
            report.submit(
                roles,
                validation.forSubmission(report.form(), JapanTime.dateOf(now)),
                leadTime,
                now));
  }

  /** A dialogue officer takes a submitted report into review. */
  public Result<PreReport> startReview(Actor actor, CaseId id) {
    Instant now = clock.instant();
    return change(actor, id, ReviewStarted.TYPE, (report, roles) -> report.startReview(roles, now));
  }

  /** A filer withdraws (the deal is abandoned) from any open state, giving a reason. */
  public Result<PreReport> withdraw(Actor actor, CaseId id, String reason) {
    Instant now = clock.instant();
    return change(
        actor, id, Withdrawn.TYPE, (report, roles) -> report.withdraw(roles, reason, now));
  }

  private Result<PreReport> change(
      Actor actor, CaseId id, String action, BiFunction<PreReport, Set<Role>, Decision> behaviour) {
    Optional<PreReport> visible = findVisible(actor, id);
    if (visible.isEmpty()) {
      return refuse(actor, id, action, List.of(notFound(id)), Optional.empty());
    }
    PreReport current = visible.get();
    Decision decision = behaviour.apply(current, access.rolesOn(actor, current));
    if (decision instanceof Decision.Rejected rejected) {
      return refuse(actor, id, action, rejected.rejections(), visible);
    }
    List<DomainEvent> events = ((Decision.Accepted) decision).events();
    try {
      PreReport next =
          unitOfWork.inTransaction(
              () -> {
                PreReport changed = current.apply(events);
                preReports.update(changed);
                stageTargets.follow(current, changed, changed.updatedAt());
                events.stream()
                    .filter(Withdrawn.class::isInstance)
                    .map(e -> withdrawal(actor, (Withdrawn) e))
                    .forEach(outcomes::insert);
                events.forEach(e -> auditLog.append(AuditEntry.accepted(actor, e)));
                return changed;
              });
      return Result.ok(next);
    } catch (ConcurrentChangeException e) {
      Rejection conflict =
          Rejection.of(ErrorCode.CONFLICT, "The report was changed by someone else; reload it");
      return refuse(actor, id, action, List.of(conflict), findVisible(actor, id));
    }
  }

  private static Outcome withdrawal(Actor actor, Withdrawn withdrawn) {
    return new Outcome(
        withdrawn.caseId(),
        OutcomeType.WITHDRAWN,
        JapanTime.dateOf(withdrawn.occurredAt()),
        withdrawn.reason(),
        List.of(),
        actor.userId(),
        withdrawn.occurredAt());
  }

  private Optional<PreReport> findVisible(Actor actor, CaseId id) {
    return preReports.find(id).filter(report -> access.canSee(actor, report));
  }

  /** Writes the one REJECTED audit entry of a refused command, and nothing else. */
  private Result<PreReport> refuse(
      Actor actor,
      CaseId id,
      String action,
      List<Rejection> rejections,
      Optional<PreReport> visible) {
    AuditEntry entry = AuditEntry.refused(actor, id, action, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(visible, rejections);
  }

  /** The same answer whether the case is missing or hidden from the caller. */
  private static Rejection notFound(CaseId id) {
    return Rejection.of(ErrorCode.NOT_FOUND, "No pre-report " + id);
  }
}
