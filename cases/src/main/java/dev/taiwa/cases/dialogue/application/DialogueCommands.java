package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.access.PreReportAccessPolicy;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.deadline.tracking.CaseKind;
import dev.taiwa.cases.dialogue.model.Answer;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernAction;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.ConcernState;
import dev.taiwa.cases.dialogue.model.ConcernTransitions;
import dev.taiwa.cases.dialogue.model.DialogueAction;
import dev.taiwa.cases.dialogue.model.DialogueCasePolicy;
import dev.taiwa.cases.dialogue.model.DialogueEvent;
import dev.taiwa.cases.dialogue.model.DialogueValidation;
import dev.taiwa.cases.dialogue.model.FollowUp;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingAction;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.MeetingTransitions;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Severity;
import dev.taiwa.cases.dialogue.port.Concerns;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Decision;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.cases.prereport.application.StageTargets;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReports;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The dialogue use cases: meetings and the concern ledger of a pre-report. Every command goes the
 * same way: the case (NOT_FOUND when missing or hidden, also for a meeting or concern of a hidden
 * case), the dialogue policy (FORBIDDEN, INVALID_STATE), the item's transition table, the inputs;
 * then one transaction writes the change and its ACCEPTED audit entries. A refusal writes only a
 * REJECTED audit entry. What comes back follows the visibility rule of {@link DialogueView}.
 */
public final class DialogueCommands {
  private final PreReports preReports;
  private final Meetings meetings;
  private final Concerns concerns;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final NotificationOutbox outbox;
  private final PreReportAccessPolicy access = new PreReportAccessPolicy();
  private final DialogueCasePolicy policy = new DialogueCasePolicy();
  private final DialogueValidation validation = new DialogueValidation();
  private final DialogueView view = new DialogueView();
  private final StageTargets stageTargets;

  public DialogueCommands(
      PreReports preReports,
      Meetings meetings,
      Concerns concerns,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock,
      StageTargets stageTargets,
      NotificationOutbox outbox) {
    this.stageTargets = stageTargets;
    this.outbox = outbox;
    this.preReports = preReports;
    this.meetings = meetings;
    this.concerns = concerns;
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** An officer schedules a meeting on a case under review or in dialogue. */
  public Result<Meeting> scheduleMeeting(Actor actor, CaseId caseId, MeetingPlan plan) {
    Instant now = clock.instant();
    return onCase(
        actor,
        caseId,
        DialogueAction.SCHEDULE_MEETING,
        (report, roles) -> {
          List<Rejection> problems = new ArrayList<>(validation.plan(plan));
          problems.addAll(notInThePast(plan.startsAt(), now));
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          Meeting meeting = Meeting.scheduled(caseId, plan, now);
          return DialogueStep.accepted(
              meeting,
              () -> {
                meetings.insert(meeting);
                tellCompany(report, NotificationKind.MEETING_SCHEDULED, now);
              },
              List.of(event(meeting, DialogueAction.SCHEDULE_MEETING, "Meeting scheduled", now)));
        },
        this::meetingView);
  }

  /** An officer moves a scheduled meeting to a new time, giving a reason. */
  public Result<Meeting> rescheduleMeeting(
      Actor actor, UUID meetingId, Instant startsAt, String reason) {
    Instant now = clock.instant();
    return onMeeting(
        actor,
        meetingId,
        DialogueAction.RESCHEDULE_MEETING,
        MeetingAction.RESCHEDULE,
        (meeting, report) -> {
          List<Rejection> problems = new ArrayList<>(validation.reason(reason));
          if (startsAt == null) {
            problems.add(Rejection.onField(ErrorCode.REQUIRED, "startsAt", "Give the new time"));
          }
          problems.addAll(notInThePast(startsAt, now));
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          Meeting moved = meeting.rescheduled(startsAt, reason.strip());
          return DialogueStep.accepted(
              moved,
              () -> {
                meetings.update(moved);
                tellCompany(report, NotificationKind.MEETING_CHANGED, now);
              },
              List.of(event(moved, DialogueAction.RESCHEDULE_MEETING, "Meeting rescheduled", now)));
        });
  }

  /** An officer cancels a scheduled meeting; a reason is required. */
  public Result<Meeting> cancelMeeting(Actor actor, UUID meetingId, String reason) {
    Instant now = clock.instant();
    return onMeeting(
        actor,
        meetingId,
        DialogueAction.CANCEL_MEETING,
        MeetingAction.CANCEL,
        (meeting, report) -> {
          List<Rejection> problems = validation.reason(reason);
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          Meeting cancelled = meeting.cancelled(reason.strip());
          return DialogueStep.accepted(
              cancelled,
              () -> {
                meetings.update(cancelled);
                tellCompany(report, NotificationKind.MEETING_CHANGED, now);
              },
              List.of(event(cancelled, DialogueAction.CANCEL_MEETING, "Meeting cancelled", now)));
        });
  }

  /**
   * An officer records a meeting as held, with minutes and follow-up actions. The first meeting
   * held moves the case from UNDER_REVIEW to IN_DIALOGUE (START_DIALOGUE) in the same transaction.
   */
  public Result<Meeting> recordMeetingHeld(
      Actor actor, UUID meetingId, List<Note> minutes, List<FollowUp> followUps) {
    Instant now = clock.instant();
    return onMeeting(
        actor,
        meetingId,
        DialogueAction.RECORD_MEETING_HELD,
        MeetingAction.RECORD_HELD,
        (meeting, report) -> {
          List<Rejection> problems = validation.minutes(minutes, followUps);
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          Meeting held = meeting.held(minutes, followUps);
          List<DomainEvent> events = new ArrayList<>();
          events.add(event(held, DialogueAction.RECORD_MEETING_HELD, "Meeting held", now));
          Optional<PreReport> moved = Optional.empty();
          if (report.state() == PreReportState.UNDER_REVIEW) {
            Decision decision = report.startDialogue(access.rolesOn(actor, report), now);
            if (decision instanceof Decision.Rejected rejected) {
              return DialogueStep.refused(rejected.rejections());
            }
            List<DomainEvent> started = ((Decision.Accepted) decision).events();
            moved = Optional.of(report.apply(started));
            events.addAll(started);
          }
          Optional<PreReport> changedCase = moved;
          return DialogueStep.accepted(
              held,
              () -> {
                meetings.update(held);
                changedCase.ifPresent(
                    next -> {
                      preReports.update(next);
                      stageTargets.follow(report, next, now);
                    });
              },
              events);
        });
  }

  /** An officer raises a concern on a case under review or in dialogue. */
  public Result<Concern> raiseConcern(
      Actor actor,
      CaseId caseId,
      ConcernCategory category,
      Severity severity,
      String description,
      String concernInformation) {
    Instant now = clock.instant();
    return onCase(
        actor,
        caseId,
        DialogueAction.RAISE_CONCERN,
        (report, roles) -> {
          List<Rejection> problems = validation.concern(description, concernInformation);
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          Concern concern =
              Concern.raised(
                  caseId, category, severity, description.strip(), concernInformation.strip(), now);
          return DialogueStep.accepted(
              concern,
              () -> concerns.insert(concern),
              List.of(
                  new DialogueEvent(
                      caseId,
                      DialogueAction.RAISE_CONCERN,
                      "Concern " + concern.id() + " raised (" + category + ", " + severity + ")",
                      now)));
        },
        this::concernView);
  }

  /** The company (a filer of the case's organisation) answers with a mitigation or commitment. */
  public Result<Concern> answerConcern(
      Actor actor, UUID concernId, String text, LocalDate dueDate) {
    Instant now = clock.instant();
    return onConcern(
        actor,
        concernId,
        DialogueAction.ANSWER_CONCERN,
        ConcernAction.ANSWER,
        concern -> {
          List<Rejection> problems = validation.answer(text, dueDate);
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          return judged(
              concern.answered(new Answer(text.strip(), dueDate, actor.userId(), now)),
              DialogueAction.ANSWER_CONCERN,
              now);
        });
  }

  /** An officer marks a concern resolved, with a reason. */
  public Result<Concern> resolveConcern(Actor actor, UUID concernId, String reason) {
    return judge(actor, concernId, reason, ConcernState.RESOLVED);
  }

  /** An officer marks a concern unresolved, with a reason. */
  public Result<Concern> markConcernUnresolved(Actor actor, UUID concernId, String reason) {
    return judge(actor, concernId, reason, ConcernState.UNRESOLVED);
  }

  private Result<Concern> judge(
      Actor actor, UUID concernId, String reason, ConcernState judgement) {
    Instant now = clock.instant();
    boolean resolve = judgement == ConcernState.RESOLVED;
    DialogueAction action =
        resolve ? DialogueAction.RESOLVE_CONCERN : DialogueAction.MARK_CONCERN_UNRESOLVED;
    return onConcern(
        actor,
        concernId,
        action,
        resolve ? ConcernAction.RESOLVE : ConcernAction.MARK_UNRESOLVED,
        concern -> {
          List<Rejection> problems = validation.reason(reason);
          if (!problems.isEmpty()) {
            return DialogueStep.refused(problems);
          }
          return judged(concern.judged(judgement, reason.strip()), action, now);
        });
  }

  private DialogueStep<Concern> judged(Concern next, DialogueAction action, Instant now) {
    return DialogueStep.accepted(
        next,
        () -> concerns.update(next),
        List.of(
            new DialogueEvent(
                next.caseId(), action, "Concern " + next.id() + " now " + next.state(), now)));
  }

  /** A meeting is planned for the future: a start already past is DATE_IN_PAST. */
  private static List<Rejection> notInThePast(Instant startsAt, Instant now) {
    return startsAt != null && startsAt.isBefore(now)
        ? List.of(
            Rejection.onField(ErrorCode.DATE_IN_PAST, "startsAt", "The start lies in the past"))
        : List.of();
  }

  private Result<Meeting> onMeeting(
      Actor actor,
      UUID meetingId,
      DialogueAction action,
      MeetingAction meetingAction,
      BiFunction<Meeting, PreReport, DialogueStep<Meeting>> behaviour) {
    Optional<Meeting> found = meetingId == null ? Optional.empty() : meetings.find(meetingId);
    if (found.isEmpty()) {
      return refuse(actor, null, action, List.of(notFound("meeting")));
    }
    Meeting meeting = found.get();
    return onCase(
        actor,
        meeting.caseId(),
        action,
        (report, roles) ->
            MeetingTransitions.TABLE
                .check(meeting.state(), meetingAction, roles)
                .map(r -> DialogueStep.<Meeting>refused(List.of(r)))
                .orElseGet(() -> behaviour.apply(meeting, report)),
        this::meetingView);
  }

  private Result<Concern> onConcern(
      Actor actor,
      UUID concernId,
      DialogueAction action,
      ConcernAction concernAction,
      java.util.function.Function<Concern, DialogueStep<Concern>> behaviour) {
    Optional<Concern> found = concernId == null ? Optional.empty() : concerns.find(concernId);
    if (found.isEmpty()) {
      return refuse(actor, null, action, List.of(notFound("concern")));
    }
    Concern concern = found.get();
    return onCase(
        actor,
        concern.caseId(),
        action,
        (report, roles) ->
            ConcernTransitions.TABLE
                .check(concern.state(), concernAction, roles)
                .map(r -> DialogueStep.<Concern>refused(List.of(r)))
                .orElseGet(() -> behaviour.apply(concern)),
        this::concernView);
  }

  private <T> Result<T> onCase(
      Actor actor,
      CaseId caseId,
      DialogueAction action,
      BiFunction<PreReport, Set<Role>, DialogueStep<T>> behaviour,
      Viewer<T> viewer) {
    Optional<PreReport> visible =
        caseId == null
            ? Optional.empty()
            : preReports.find(caseId).filter(report -> access.canSee(actor, report));
    if (visible.isEmpty()) {
      return refuse(actor, caseId, action, List.of(notFound("case")));
    }
    PreReport report = visible.get();
    Set<Role> roles = access.rolesOn(actor, report);
    Optional<Rejection> refusal = policy.check(action, report.state(), roles);
    if (refusal.isPresent()) {
      return refuse(actor, caseId, action, List.of(refusal.get()));
    }
    DialogueStep<T> step = behaviour.apply(report, roles);
    if (!step.problems().isEmpty()) {
      return refuse(actor, caseId, action, step.problems());
    }
    unitOfWork.inTransaction(
        () -> {
          step.writes().run();
          step.events().forEach(e -> auditLog.append(AuditEntry.accepted(actor, e)));
          return null;
        });
    return Result.ok(viewer.view(actor, report, step.value()));
  }

  /** Tells the company's filers, in the change's transaction (the case reference, no content). */
  private void tellCompany(PreReport report, NotificationKind kind, Instant now) {
    outbox.publish(
        new NotificationDraft(
            kind,
            report.id(),
            CaseKind.PRE_REPORT,
            report.reference().value(),
            new Recipient.RoleInOrganisation(report.organisationId(), Role.FILER),
            Optional.empty()),
        now);
  }

  private Meeting meetingView(Actor actor, PreReport report, Meeting meeting) {
    return view.meeting(actor, report, meeting);
  }

  private Concern concernView(Actor actor, PreReport report, Concern concern) {
    return view.concern(actor, report, concern);
  }

  private <T> Result<T> refuse(
      Actor actor, CaseId caseId, DialogueAction action, List<Rejection> rejections) {
    AuditEntry entry =
        AuditEntry.refused(actor, caseId, "DIALOGUE_" + action.name(), rejections, clock.instant());
    unitOfWork.inTransaction(() -> auditLog.append(entry));
    return Result.refused(Optional.empty(), rejections);
  }

  private static DialogueEvent event(
      Meeting meeting, DialogueAction action, String what, Instant at) {
    return new DialogueEvent(meeting.caseId(), action, what + " (" + meeting.id() + ")", at);
  }

  /** The same answer whether the item or its case is missing or hidden from the caller. */
  private static Rejection notFound(String what) {
    return Rejection.onField(ErrorCode.NOT_FOUND, "id", "No such " + what);
  }

  @FunctionalInterface
  private interface Viewer<T> {
    T view(Actor actor, PreReport report, T value);
  }
}
