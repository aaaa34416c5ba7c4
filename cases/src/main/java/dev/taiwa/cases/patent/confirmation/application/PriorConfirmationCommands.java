package dev.taiwa.cases.patent.confirmation.application;

import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.StorableText;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
import dev.taiwa.cases.patent.confirmation.access.PriorConfirmationAccessPolicy;
import dev.taiwa.cases.patent.confirmation.model.BanAnswer;
import dev.taiwa.cases.patent.confirmation.model.BanDecision;
import dev.taiwa.cases.patent.confirmation.model.Consultation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmation;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationEvent;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationForm;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationRules;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState;
import dev.taiwa.cases.patent.confirmation.model.PriorConfirmationTransitions;
import dev.taiwa.cases.patent.confirmation.port.PriorConfirmations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The commands of prior-confirmation requests (事前確認, ESPA Arts. 78–79): a company's filer asks; the
 * examiner answers, or first consults the Cabinet Office, whose answer a security reviewer records.
 * Each accepted change and its audit entry commit in one transaction; a refusal writes one REJECTED
 * entry. A request the caller may not see is NOT_FOUND, exactly like a missing one.
 */
public final class PriorConfirmationCommands {
  private final PriorConfirmations store;
  private final Clock clock;
  private final CommandPipeline pipeline;
  private final SimpleTarget<CaseId, PriorConfirmation> target;
  private final SpecifiedFieldCatalogue catalogue;
  private final PriorConfirmationQueries queries;
  private final PriorConfirmationAccessPolicy access = new PriorConfirmationAccessPolicy();

  public PriorConfirmationCommands(
      PriorConfirmations store,
      AccessGrantQueries grants,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      SpecifiedFieldCatalogue catalogue) {
    this.store = store;
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.catalogue = catalogue;
    this.queries = new PriorConfirmationQueries(store, grants, auditLog, unitOfWork, clock);
    this.target =
        new SimpleTarget<>(
            "request",
            store::find,
            queries::canSee,
            access::rolesOn,
            PriorConfirmation::id,
            PriorConfirmation::version);
  }

  /** A company's filer asks, for its own organisation, whether the foreign-filing ban applies. */
  public Result<PriorConfirmationView> request(Actor actor, PriorConfirmationForm form) {
    Instant now = clock.instant();
    return pipeline.create(
        actor,
        null,
        Command.<Actor, PriorConfirmationView>named(AuditAction.PRIOR_CONFIRMATION_REQUESTED)
            .table(
                (a, roles) ->
                    access.canRequest(a)
                        ? Optional.empty()
                        : Optional.of(
                            Rejection.of(ErrorCode.FORBIDDEN, "Only a company's filer asks")))
            .policy(
                a ->
                    PriorConfirmationRules.requestProblems(
                        form, catalogue.inForceOn(JapanTime.dateOf(now))))
            .does(
                (a, roles) -> {
                  PriorConfirmation request =
                      new PriorConfirmation(
                          CaseId.random(),
                          actor.organisationId(),
                          actor.userId(),
                          form.title().strip(),
                          form.summary().strip(),
                          form.claimedFields(),
                          form.inventionCompletedInJapan(),
                          form.intendedForeignFiling().strip(),
                          PriorConfirmationState.REQUESTED,
                          null,
                          null,
                          now,
                          now,
                          1);
                  return Step.accepted(
                      queries.withoutContent(actor, request),
                      new PriorConfirmationEvent.Requested(
                          request.id(), request.claimedFields(), now),
                      () -> store.insert(request));
                }));
  }

  /** The examiner sends the request to the Cabinet Office for consultation (Art. 79(2)). */
  public Result<PriorConfirmationView> sendForConsultation(
      Actor actor, CaseId id, Long expectedVersion, String note) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        expectedVersion,
        PriorConfirmationAction.SEND_FOR_CONSULTATION,
        AuditAction.PRIOR_CONFIRMATION_SENT_FOR_CONSULTATION,
        current -> optionalText("note", note),
        (current, next) ->
            new Change(
                current.moved(next, Consultation.sent(now, actor.userId(), strip(note)), null, now),
                new PriorConfirmationEvent.SentForConsultation(id, now)));
  }

  /** A security reviewer records the Cabinet Office's answer to the consultation (internal). */
  public Result<PriorConfirmationView> recordConsultation(
      Actor actor, CaseId id, Long expectedVersion, String answer) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        expectedVersion,
        PriorConfirmationAction.RECORD_CONSULTATION,
        AuditAction.PRIOR_CONFIRMATION_CONSULTATION_RECORDED,
        current -> {
          List<Rejection> problems = new ArrayList<>();
          PriorConfirmationRules.text(problems, "answer", answer, 20_000);
          return problems;
        },
        (current, next) ->
            new Change(
                current.moved(
                    next,
                    current.consultation().answered(answer.strip(), now, actor.userId()),
                    null,
                    now),
                new PriorConfirmationEvent.ConsultationRecorded(id, now)));
  }

  /** The examiner answers: the ban applies or does not, with a reason. */
  public Result<PriorConfirmationView> answer(
      Actor actor, CaseId id, Long expectedVersion, BanAnswer answer, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        expectedVersion,
        PriorConfirmationAction.ANSWER,
        AuditAction.PRIOR_CONFIRMATION_ANSWERED,
        current -> PriorConfirmationRules.answerProblems(current, answer, reason),
        (current, next) ->
            new Change(
                current.moved(
                    next,
                    current.consultation(),
                    new BanDecision(answer, reason.strip(), now, actor.userId()),
                    now),
                new PriorConfirmationEvent.Answered(id, answer, now)));
  }

  private record Change(PriorConfirmation next, PriorConfirmationEvent event) {}

  private Result<PriorConfirmationView> change(
      Actor actor,
      CaseId id,
      Long expectedVersion,
      PriorConfirmationAction action,
      AuditAction auditAction,
      Function<PriorConfirmation, List<Rejection>> rules,
      BiFunction<PriorConfirmation, PriorConfirmationState, Change> behaviour) {
    return pipeline.run(
        actor,
        target,
        id,
        Command.<PriorConfirmation, PriorConfirmationView>named(auditAction)
            .expecting(expectedVersion)
            .table(
                (current, roles) ->
                    PriorConfirmationTransitions.TABLE.check(current.state(), action, roles))
            .policy(rules)
            .does(
                (current, roles) -> {
                  PriorConfirmationState next =
                      PriorConfirmationTransitions.TABLE
                          .find(current.state(), action)
                          .orElseThrow()
                          .to();
                  Change change = behaviour.apply(current, next);
                  return Step.accepted(
                      queries.withoutContent(actor, change.next()),
                      change.event(),
                      () -> store.update(change.next()));
                }));
  }

  private static List<Rejection> optionalText(String field, String value) {
    return value != null && value.strip().length() > 20_000
        ? List.of(Rejection.onField(ErrorCode.INVALID_VALUE, field, "20000文字以内で入力してください"))
        : StorableText.problem(field, value).map(List::of).orElse(List.of());
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
