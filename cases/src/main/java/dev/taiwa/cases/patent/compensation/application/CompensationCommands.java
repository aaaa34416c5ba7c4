package dev.taiwa.cases.patent.compensation.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.application.PatentQueries;
import dev.taiwa.cases.patent.compensation.access.CompensationAccessPolicy;
import dev.taiwa.cases.patent.compensation.model.AssessmentNote;
import dev.taiwa.cases.patent.compensation.model.CompensationAction;
import dev.taiwa.cases.patent.compensation.model.CompensationClaim;
import dev.taiwa.cases.patent.compensation.model.CompensationDecision;
import dev.taiwa.cases.patent.compensation.model.CompensationEvent;
import dev.taiwa.cases.patent.compensation.model.CompensationForm;
import dev.taiwa.cases.patent.compensation.model.CompensationState;
import dev.taiwa.cases.patent.compensation.model.CompensationTransitions;
import dev.taiwa.cases.patent.compensation.port.CompensationClaims;
import dev.taiwa.cases.patent.model.PatentApplication;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compensation claims (損失補償, ESPA Art. 80): an applicant's filer claims on an application that is
 * or was designated; a security reviewer adds assessment notes and decides. Each accepted change
 * and its audit entry (on the application) commit in one transaction; refusals are audited. A claim
 * or application the caller may not see is NOT_FOUND.
 */
public final class CompensationCommands {
  static final int MAX_TEXT = 20_000;

  private final CompensationClaims store;
  private final PatentQueries applications;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final SimpleTarget<CaseId, CompensationClaim> target;
  private final CompensationAccessPolicy access = new CompensationAccessPolicy();

  public CompensationCommands(
      CompensationClaims store,
      PatentQueries applications,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.store = store;
    this.applications = applications;
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.target =
        new SimpleTarget<>(
            "claim",
            store::find,
            access::canSee,
            access::rolesOn,
            CompensationClaim::applicationId,
            CompensationClaim::version);
  }

  /** A filer of an applicant organisation claims compensation for its organisation. */
  public Result<CompensationView> claim(Actor actor, CaseId applicationId, CompensationForm form) {
    Instant now = clock.instant();
    return pipeline.run(
        actor,
        applications
            .target()
            .narrowed(
                "applicationId",
                (a, app) -> !access.canClaim(a) || app.appliedBy(a.organisationId())),
        applicationId,
        Command.<PatentApplication, CompensationView>named(AuditAction.COMPENSATION_CLAIMED)
            .table(
                (application, roles) -> {
                  if (!access.canClaim(actor)) {
                    return Optional.of(
                        Rejection.of(ErrorCode.FORBIDDEN, "Only an applicant's filer claims"));
                  }
                  return CompensationAccessPolicy.CLAIMABLE_STATES.contains(application.state())
                      ? Optional.empty()
                      : Optional.of(
                          Rejection.of(
                              ErrorCode.INVALID_STATE, "保全指定を受けた (又は受けていた) 出願についてのみ請求できます"));
                })
            .policy(application -> formProblems(form))
            .does(
                (application, roles) -> {
                  CompensationClaim claim =
                      new CompensationClaim(
                          CaseId.random(),
                          applicationId,
                          actor.organisationId(),
                          actor.userId(),
                          form.amountYen(),
                          form.basis().strip(),
                          form.cause(),
                          CompensationState.CLAIMED,
                          List.of(),
                          null,
                          now,
                          now,
                          1);
                  return Step.accepted(
                      new CompensationView(claim, access.readsNotes(actor)),
                      new CompensationEvent.Claimed(
                          applicationId, claim.id(), claim.amountYen(), claim.cause(), now),
                      () -> store.insert(claim));
                }));
  }

  /** A security reviewer adds an internal assessment note. */
  public Result<CompensationView> addAssessmentNote(
      Actor actor, CaseId claimId, Long expectedVersion, String text) {
    Instant now = clock.instant();
    return change(
        actor,
        claimId,
        expectedVersion,
        CompensationAction.ADD_ASSESSMENT_NOTE,
        AuditAction.COMPENSATION_ASSESSMENT_NOTED,
        current -> text(text, "text"),
        current ->
            new Change(
                current.noted(new AssessmentNote(text.strip(), now, actor.userId()), now),
                new CompensationEvent.AssessmentNoted(current.applicationId(), claimId, now)));
  }

  /** A security reviewer decides the amount (0 or more yen) with a reason. */
  public Result<CompensationView> decide(
      Actor actor, CaseId claimId, Long expectedVersion, Long amountYen, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        claimId,
        expectedVersion,
        CompensationAction.DECIDE,
        AuditAction.COMPENSATION_DECIDED,
        current -> {
          List<Rejection> problems = new ArrayList<>(text(reason, "reason"));
          if (amountYen == null) {
            problems.add(Rejection.onField(ErrorCode.REQUIRED, "amountYen", "必須です"));
          } else if (amountYen < 0) {
            problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, "amountYen", "0円以上で入力してください"));
          }
          return problems;
        },
        current ->
            new Change(
                current.decided(
                    new CompensationDecision(amountYen, reason.strip(), now, actor.userId()), now),
                new CompensationEvent.Decided(current.applicationId(), claimId, amountYen, now)));
  }

  private static List<Rejection> formProblems(CompensationForm form) {
    List<Rejection> problems = new ArrayList<>();
    if (form.amountYen() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "amountYen", "必須です"));
    } else if (form.amountYen() <= 0) {
      problems.add(Rejection.onField(ErrorCode.INVALID_VALUE, "amountYen", "1円以上で入力してください"));
    }
    problems.addAll(text(form.basis(), "basis"));
    if (form.cause() == null) {
      problems.add(Rejection.onField(ErrorCode.REQUIRED, "cause", "必須です"));
    }
    return problems;
  }

  private static List<Rejection> text(String value, String field) {
    if (value == null || value.isBlank()) {
      return List.of(Rejection.onField(ErrorCode.REQUIRED, field, "必須です"));
    }
    return value.strip().length() > MAX_TEXT
        ? List.of(Rejection.onField(ErrorCode.INVALID_VALUE, field, MAX_TEXT + "文字以内で入力してください"))
        : StorableText.problem(field, value).map(List::of).orElse(List.of());
  }

  private record Change(CompensationClaim next, CompensationEvent event) {}

  private Result<CompensationView> change(
      Actor actor,
      CaseId claimId,
      Long expectedVersion,
      CompensationAction action,
      AuditAction auditAction,
      Function<CompensationClaim, List<Rejection>> rules,
      Function<CompensationClaim, Change> behaviour) {
    return pipeline.run(
        actor,
        target,
        claimId,
        Command.<CompensationClaim, CompensationView>named(auditAction)
            .expecting(expectedVersion)
            .table(
                (current, roles) ->
                    CompensationTransitions.TABLE.check(current.state(), action, roles))
            .policy(rules)
            .does(
                (current, roles) -> {
                  Change change = behaviour.apply(current);
                  return Step.accepted(
                      new CompensationView(change.next(), access.readsNotes(actor)),
                      change.event(),
                      () -> store.update(change.next()));
                }));
  }
}
