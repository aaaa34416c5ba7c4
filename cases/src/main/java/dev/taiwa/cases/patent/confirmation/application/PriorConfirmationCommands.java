package dev.taiwa.cases.patent.confirmation.application;

import dev.taiwa.cases.access.PriorConfirmationAccessPolicy;
import dev.taiwa.cases.access.application.AccessGrantQueries;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.patent.catalogue.SpecifiedFieldCatalogue;
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
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
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
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.catalogue = catalogue;
    this.queries = new PriorConfirmationQueries(store, grants, auditLog, unitOfWork, clock);
  }

  /** A company's filer asks, for its own organisation, whether the foreign-filing ban applies. */
  public Result<PriorConfirmationView> request(Actor actor, PriorConfirmationForm form) {
    Instant now = clock.instant();
    List<Rejection> problems =
        access.canRequest(actor)
            ? PriorConfirmationRules.requestProblems(
                form, catalogue.inForceOn(JapanTime.dateOf(now)))
            : List.of(Rejection.of(ErrorCode.FORBIDDEN, "Only a company's filer asks"));
    if (!problems.isEmpty()) {
      return refuse(actor, null, PriorConfirmationEvent.Requested.TYPE, problems);
    }
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
    PriorConfirmationEvent event =
        new PriorConfirmationEvent.Requested(request.id(), request.claimedFields(), now);
    unitOfWork.inTransaction(
        () -> {
          store.insert(request);
          auditLog.append(AuditEntry.accepted(actor, event));
          return request;
        });
    return Result.ok(queries.withoutContent(actor, request));
  }

  /** The examiner sends the request to the Cabinet Office for consultation (Art. 79(2)). */
  public Result<PriorConfirmationView> sendForConsultation(Actor actor, CaseId id, String note) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        PriorConfirmationAction.SEND_FOR_CONSULTATION,
        PriorConfirmationEvent.SentForConsultation.TYPE,
        current -> optionalText("note", note),
        (current, next) ->
            new Change(
                current.moved(next, Consultation.sent(now, actor.userId(), strip(note)), null, now),
                new PriorConfirmationEvent.SentForConsultation(id, now)));
  }

  /** A security reviewer records the Cabinet Office's answer to the consultation (internal). */
  public Result<PriorConfirmationView> recordConsultation(Actor actor, CaseId id, String answer) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        PriorConfirmationAction.RECORD_CONSULTATION,
        PriorConfirmationEvent.ConsultationRecorded.TYPE,
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
      Actor actor, CaseId id, BanAnswer answer, String reason) {
    Instant now = clock.instant();
    return change(
        actor,
        id,
        PriorConfirmationAction.ANSWER,
        PriorConfirmationEvent.Answered.TYPE,
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
      PriorConfirmationAction action,
      String auditAction,
      Function<PriorConfirmation, List<Rejection>> rules,
      BiFunction<PriorConfirmation, PriorConfirmationState, Change> behaviour) {
    Optional<PriorConfirmation> visible =
        store.find(id).filter(request -> queries.canSee(actor, request));
    if (visible.isEmpty()) {
      return refuse(
          actor, id, auditAction, List.of(Rejection.of(ErrorCode.NOT_FOUND, "No request " + id)));
    }
    PriorConfirmation current = visible.get();
    Optional<Rejection> refusal =
        PriorConfirmationTransitions.TABLE.check(
            current.state(), action, access.rolesOn(actor, current));
    List<Rejection> problems = refusal.map(List::of).orElseGet(() -> rules.apply(current));
    if (!problems.isEmpty()) {
      return refuse(actor, id, auditAction, problems);
    }
    PriorConfirmationState next =
        PriorConfirmationTransitions.TABLE.find(current.state(), action).orElseThrow().to();
    Change change = behaviour.apply(current, next);
    try {
      unitOfWork.inTransaction(
          () -> {
            store.update(change.next());
            auditLog.append(AuditEntry.accepted(actor, change.event()));
            return change.next();
          });
    } catch (ConcurrentChangeException e) {
      return refuse(
          actor,
          id,
          auditAction,
          List.of(Rejection.of(ErrorCode.CONFLICT, "The request was changed; reload it")));
    }
    return Result.ok(queries.withoutContent(actor, change.next()));
  }

  private static List<Rejection> optionalText(String field, String value) {
    return value != null && value.strip().length() > 20_000
        ? List.of(Rejection.onField(ErrorCode.INVALID_VALUE, field, "20000文字以内で入力してください"))
        : List.of();
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private Result<PriorConfirmationView> refuse(
      Actor actor, CaseId id, String action, List<Rejection> rejections) {
    AuditEntry entry = AuditEntry.refused(actor, id, action, rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }
}
