package dev.taiwa.cases.prereport.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.catalogue.TechnologyCatalogue;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.prereport.access.PreReportAccessPolicy;
import dev.taiwa.cases.prereport.model.LeadTimePolicy;
import dev.taiwa.cases.prereport.model.Outcome;
import dev.taiwa.cases.prereport.model.OutcomeType;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportEvent.DraftCreated;
import dev.taiwa.cases.prereport.model.PreReportEvent.Withdrawn;
import dev.taiwa.cases.prereport.model.PreReportForm;
import dev.taiwa.cases.prereport.model.PreReportFormValidation;
import dev.taiwa.cases.prereport.model.PreReportRules;
import dev.taiwa.cases.prereport.model.ReferenceNumber;
import dev.taiwa.cases.prereport.port.AfterSubmission;
import dev.taiwa.cases.prereport.port.Outcomes;
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
 * The pre-report use cases that create or change a case, each a {@link Command} run by the {@link
 * CommandPipeline}: the report decides ({@link PreReport}'s transition table and the form's rules),
 * the pipeline finds, checks visibility and the expected version, writes and audits.
 */
public final class PreReportCommands {
  private static final String REFERENCE_PREFIX = "PR";

  private static final Rejection NOT_A_FILER =
      Rejection.of(ErrorCode.FORBIDDEN, "Only a filer may create a pre-report");

  private final PreReports preReports;
  private final ReferenceNumbers referenceNumbers;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PreReport> target;
  private final Clock clock;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final PreReportFormValidation validation;
  private final LeadTimePolicy leadTime;
  private final StageTargets stageTargets;
  private final Outcomes outcomes;
  private final AfterSubmission afterSubmission;

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
    this(
        preReports,
        referenceNumbers,
        technologyRevisions,
        auditLog,
        unitOfWork,
        clock,
        rules,
        stageTargets,
        outcomes,
        AfterSubmission.NOTHING);
  }

  /** The use cases, with {@code afterSubmission} run once each submission is committed. */
  public PreReportCommands(
      PreReports preReports,
      ReferenceNumbers referenceNumbers,
      TechnologyRevisions technologyRevisions,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      PreReportRules rules,
      StageTargets stageTargets,
      Outcomes outcomes,
      AfterSubmission afterSubmission) {
    this.afterSubmission = afterSubmission;
    this.stageTargets = stageTargets;
    this.outcomes = outcomes;
    this.preReports = preReports;
    this.referenceNumbers = referenceNumbers;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target = PreReportTarget.of(preReports);
    this.clock = clock;
    this.validation = new PreReportFormValidation(new TechnologyCatalogue(technologyRevisions));
    this.leadTime = new LeadTimePolicy(rules);
  }

  /** A filer starts a draft for its own organisation; the form may be incomplete. */
  public Result<PreReport> createDraft(Actor actor, PreReportForm form) {
    Instant now = clock.instant();
    LocalDate today = JapanTime.dateOf(now);
    return pipeline.create(
        actor,
        null,
        Command.<Actor, PreReport>named(AuditAction.PRE_REPORT_DRAFT_CREATED)
            .table((a, roles) -> access.canCreate(a) ? Optional.empty() : Optional.of(NOT_A_FILER))
            .policy(a -> validation.forDraft(form, today))
            .does(
                (a, roles) -> {
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
                  return Step.accepted(report, event, () -> preReports.insert(report));
                }));
  }

  /**
   * What {@link #createDraft} (and, when {@code submitting}, {@link #submit} on the same day) would
   * refuse for {@code form} today, without writing or auditing anything: the same access rule and
   * form rules, for previews such as an import's dry run.
   */
  public List<Rejection> check(Actor actor, PreReportForm form, boolean submitting) {
    if (!access.canCreate(actor)) {
      return List.of(NOT_A_FILER);
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

  /** A filer replaces the form of its organisation's draft it read at {@code expectedVersion}. */
  public Result<PreReport> updateDraft(
      Actor actor, CaseId id, long expectedVersion, PreReportForm form) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.PRE_REPORT_DRAFT_UPDATED,
        (report, roles) ->
            report.updateDraft(roles, form, validation.forDraft(form, JapanTime.dateOf(now)), now));
  }

  /** A filer submits a complete draft; the lead-time rule is assessed on the filing date. */
  public Result<PreReport> submit(Actor actor, CaseId id, Long expectedVersion) {
    Instant now = clock.instant();
    Result<PreReport> submitted =
        change(
            actor,
            id,
            expectedVersion,
            AuditAction.PRE_REPORT_SUBMITTED,
            (report, roles) ->
                report.submit(
                    roles,
                    validation.forSubmission(report.form(), JapanTime.dateOf(now)),
                    leadTime,
                    now));
    submitted
        .value()
        .filter(r -> submitted.accepted())
        .ifPresent(r -> afterSubmission.submitted(actor, r));
    return submitted;
  }

  /** A dialogue officer takes a submitted report into review. */
  public Result<PreReport> startReview(Actor actor, CaseId id, Long expectedVersion) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.PRE_REPORT_REVIEW_STARTED,
        (report, roles) -> report.startReview(roles, now));
  }

  /** A filer withdraws (the deal is abandoned) from any open state, giving a reason. */
  public Result<PreReport> withdraw(Actor actor, CaseId id, Long expectedVersion, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        expectedVersion,
        AuditAction.PRE_REPORT_WITHDRAWN,
        (report, roles) -> report.withdraw(roles, reason, now));
  }

  private Result<PreReport> change(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      AuditAction action,
      BiFunction<PreReport, Set<Role>, Decision> behaviour) {
    return pipeline.run(
        actor,
        target,
        id,
        Command.<PreReport, PreReport>named(action)
            .expecting(expectedVersion)
            .showing(current -> current)
            .does(
                (current, roles) ->
                    Step.of(
                        behaviour.apply(current, roles),
                        events -> {
                          PreReport changed = current.apply(events);
                          return Step.accepted(
                              changed,
                              events,
                              () -> {
                                preReports.update(changed);
                                stageTargets.follow(current, changed, changed.updatedAt());
                                events.stream()
                                    .filter(Withdrawn.class::isInstance)
                                    .map(e -> withdrawal(actor, (Withdrawn) e))
                                    .forEach(outcomes::insert);
                              });
                        })));
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
}
