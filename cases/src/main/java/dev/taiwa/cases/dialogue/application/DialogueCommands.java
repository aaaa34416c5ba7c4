package dev.taiwa.cases.dialogue.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
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
import dev.taiwa.cases.kernel.CaseKind;
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
import dev.taiwa.cases.prereport.application.PreReportTarget;
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
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The dialogue use cases: meetings and the concern ledger of a pre-report, each a {@link Command}
 * run by the {@link CommandPipeline}. A command on the case checks the dialogue policy; a command
 * on a meeting or concern checks the dialogue policy on its case, then the item's transition table.
 * A meeting or concern of a hidden case is NOT_FOUND. What comes back follows the visibility rule
 * of {@link DialogueView}.
 */
public final class DialogueCommands {
  private final PreReports preReports;
  private final Meetings meetings;
  private final Concerns concerns;
  private final Clock clock;
  private final NotificationOutbox outbox;
  private final CommandPipeline pipeline;
  private final Target<CaseId, PreReport> caseTarget;
  private final CaseItemTarget<Meeting> meetingTarget;
  private final CaseItemTarget<Concern> concernTarget;
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
    this.clock = clock;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.caseTarget = PreReportTarget.of(preReports);
    this.meetingTarget =
        new CaseItemTarget<>(
            "meeting", meetings::find, Meeting::caseId, Meeting::version, preReports);
    this.concernTarget =
        new CaseItemTarget<>(
            "concern", concerns::find, Concern::caseId, Concern::version, preReports);
  }

  /** An officer schedules a meeting on a case under review or in dialogue. */
  public Result<Meeting> scheduleMeeting(Actor actor, CaseId caseId, MeetingPlan plan) {
    Instant now = clock.instant();
    return pipeline.run(
        actor,
        caseTarget,
        caseId,
        Command.<PreReport, Meeting>named(DialogueEvent.typeOf(DialogueAction.SCHEDULE_MEETING))
            .table(onCase(DialogueAction.SCHEDULE_MEETING))
            .policy(report -> validation.plan(plan))
            .policy(report -> notInThePast(plan.startsAt(), now))
            .does(
                (report, roles) -> {
                  Meeting meeting = Meeting.scheduled(caseId, plan, now);
                  return Step.accepted(
                      view.meeting(actor, report, meeting),
                      event(meeting, DialogueAction.SCHEDULE_MEETING, "Meeting scheduled", now),
                      () -> {
                        meetings.insert(meeting);
                        tellCompany(report, NotificationKind.MEETING_SCHEDULED, now);
                      });
                }));
  }

  /** An officer moves a scheduled meeting to a new time, giving a reason. */
  public Result<Meeting> rescheduleMeeting(
      Actor actor, UUID meetingId, Long expectedVersion, Instant startsAt, String reason) {
    Instant now = clock.instant();
    return onMeeting(
        actor,
        meetingId,
        expectedVersion,
        DialogueAction.RESCHEDULE_MEETING,
        MeetingAction.RESCHEDULE,
        meeting -> {
          List<Rejection> problems = new ArrayList<>(validation.reason(reason));
          if (startsAt == null) {
            problems.add(Rejection.onField(ErrorCode.REQUIRED, "startsAt", "Give the new time"));
          }
          problems.addAll(notInThePast(startsAt, now));
          return problems;
        },
        (meeting, report) -> {
          Meeting moved = meeting.rescheduled(startsAt, reason.strip());
          return Step.accepted(
              moved,
              event(moved, DialogueAction.RESCHEDULE_MEETING, "Meeting rescheduled", now),
              () -> {
                meetings.update(moved);
                tellCompany(report, NotificationKind.MEETING_CHANGED, now);
              });
        });
  }

  /** An officer cancels a scheduled meeting; a reason is required. */
  public Result<Meeting> cancelMeeting(
      Actor actor, UUID meetingId, Long expectedVersion, String reason) {
    Instant now = clock.instant();
    return onMeeting(
        actor,
        meetingId,
        expectedVersion,
        DialogueAction.CANCEL_MEETING,
        MeetingAction.CANCEL,
        meeting -> validation.reason(reason),
        (meeting, report) -> {
          Meeting cancelled = meeting.cancelled(reason.strip());
          return Step.accepted(
              cancelled,
              event(cancelled, DialogueAction.CANCEL_MEETING, "Meeting cancelled", now),
              () -> {
                meetings.update(cancelled);
                tellCompany(report, NotificationKind.MEETING_CHANGED, now);
              });
        });
  }

  /**
   * An officer records a meeting as held, with minutes and follow-up actions. The first meeting
   * held moves the case from UNDER_REVIEW to IN_DIALOGUE (START_DIALOGUE) in the same transaction.
   */
  public Result<Meeting> recordMeetingHeld(
      Actor actor,
      UUID meetingId,
      Long expectedVersion,
      List<Note> minutes,
      List<FollowUp> followUps) {
    Instant now = clock.instant();
    return onMeeting(
        actor,
        meetingId,
        expectedVersion,
        DialogueAction.RECORD_MEETING_HELD,
        MeetingAction.RECORD_HELD,
        meeting -> validation.minutes(minutes, followUps),
        (meeting, report) -> {
          Meeting held = meeting.held(minutes, followUps);
          DomainEvent recorded =
              event(held, DialogueAction.RECORD_MEETING_HELD, "Meeting held", now);
          if (report.state() != PreReportState.UNDER_REVIEW) {
            return Step.accepted(held, recorded, () -> meetings.update(held));
          }
          return Step.of(
              report.startDialogue(caseTarget.rolesOn(actor, report), now),
              started -> {
                PreReport next = report.apply(started);
                List<DomainEvent> events = new ArrayList<>(List.of(recorded));
                events.addAll(started);
                return Step.accepted(
                    held,
                    events,
                    () -> {
                      meetings.update(held);
                      preReports.update(next);
                      stageTargets.follow(report, next, now);
                    });
              });
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
    return pipeline.run(
        actor,
        caseTarget,
        caseId,
        Command.<PreReport, Concern>named(DialogueEvent.typeOf(DialogueAction.RAISE_CONCERN))
            .table(onCase(DialogueAction.RAISE_CONCERN))
            .policy(report -> validation.concern(description, concernInformation))
            .does(
                (report, roles) -> {
                  Concern concern =
                      Concern.raised(
                          caseId,
                          category,
                          severity,
                          description.strip(),
                          concernInformation.strip(),
                          now);
                  return Step.accepted(
                      view.concern(actor, report, concern),
                      new DialogueEvent(
                          caseId,
                          DialogueAction.RAISE_CONCERN,
                          "Concern "
                              + concern.id()
                              + " raised ("
                              + category
                              + ", "
                              + severity
                              + ")",
                          now),
                      () -> concerns.insert(concern));
                }));
  }

  /** The company (a filer of the case's organisation) answers with a mitigation or commitment. */
  public Result<Concern> answerConcern(
      Actor actor, UUID concernId, Long expectedVersion, String text, LocalDate dueDate) {
    Instant now = clock.instant();
    return onConcern(
        actor,
        concernId,
        expectedVersion,
        DialogueAction.ANSWER_CONCERN,
        ConcernAction.ANSWER,
        concern -> validation.answer(text, dueDate),
        concern -> concern.answered(new Answer(text.strip(), dueDate, actor.userId(), now)));
  }

  /** An officer marks a concern resolved, with a reason. */
  public Result<Concern> resolveConcern(
      Actor actor, UUID concernId, Long expectedVersion, String reason) {
    return judge(actor, concernId, expectedVersion, reason, ConcernState.RESOLVED);
  }

  /** An officer marks a concern unresolved, with a reason. */
  public Result<Concern> markConcernUnresolved(
      Actor actor, UUID concernId, Long expectedVersion, String reason) {
    return judge(actor, concernId, expectedVersion, reason, ConcernState.UNRESOLVED);
  }

  private Result<Concern> judge(
      Actor actor, UUID concernId, Long expectedVersion, String reason, ConcernState judgement) {
    boolean resolve = judgement == ConcernState.RESOLVED;
    return onConcern(
        actor,
        concernId,
        expectedVersion,
        resolve ? DialogueAction.RESOLVE_CONCERN : DialogueAction.MARK_CONCERN_UNRESOLVED,
        resolve ? ConcernAction.RESOLVE : ConcernAction.MARK_UNRESOLVED,
        concern -> validation.reason(reason),
        concern -> concern.judged(judgement, reason.strip()));
  }

  /** A meeting is planned for the future: a start already past is DATE_IN_PAST. */
  private static List<Rejection> notInThePast(Instant startsAt, Instant now) {
    return startsAt != null && startsAt.isBefore(now)
        ? List.of(
            Rejection.onField(ErrorCode.DATE_IN_PAST, "startsAt", "The start lies in the past"))
        : List.of();
  }

  /** The dialogue policy's check of {@code action} on the case's state. */
  private <T> Command.Table<T> onCase(DialogueAction action, Function<T, PreReport> report) {
    return (target, roles) -> policy.check(action, report.apply(target).state(), roles);
  }

  private Command.Table<PreReport> onCase(DialogueAction action) {
    return onCase(action, Function.identity());
  }

  private Result<Meeting> onMeeting(
      Actor actor,
      UUID meetingId,
      Long expectedVersion,
      DialogueAction action,
      MeetingAction meetingAction,
      Function<Meeting, List<Rejection>> inputs,
      BiFunction<Meeting, PreReport, Step<Meeting>> behaviour) {
    return pipeline
        .run(
            actor,
            meetingTarget,
            meetingId,
            Command.<OnCase<Meeting>, OnCase<Meeting>>named(DialogueEvent.typeOf(action))
                .expecting(expectedVersion)
                .table(onCase(action, OnCase::report))
                .table(
                    (on, roles) ->
                        MeetingTransitions.TABLE.check(on.item().state(), meetingAction, roles))
                .policy(on -> inputs.apply(on.item()))
                .showing(on -> on)
                .does((on, roles) -> onItem(behaviour.apply(on.item(), on.report()), on)))
        .map(on -> view.meeting(actor, on.report(), on.item()));
  }

  private Result<Concern> onConcern(
      Actor actor,
      UUID concernId,
      Long expectedVersion,
      DialogueAction action,
      ConcernAction concernAction,
      Function<Concern, List<Rejection>> inputs,
      Function<Concern, Concern> next) {
    Instant now = clock.instant();
    return pipeline
        .run(
            actor,
            concernTarget,
            concernId,
            Command.<OnCase<Concern>, OnCase<Concern>>named(DialogueEvent.typeOf(action))
                .expecting(expectedVersion)
                .table(onCase(action, OnCase::report))
                .table(
                    (on, roles) ->
                        ConcernTransitions.TABLE.check(on.item().state(), concernAction, roles))
                .policy(on -> inputs.apply(on.item()))
                .showing(on -> on)
                .does(
                    (on, roles) -> {
                      Concern changed = next.apply(on.item());
                      return Step.accepted(
                          new OnCase<>(changed, on.report()),
                          new DialogueEvent(
                              changed.caseId(),
                              action,
                              "Concern " + changed.id() + " now " + changed.state(),
                              now),
                          () -> concerns.update(changed));
                    }))
        .map(on -> view.concern(actor, on.report(), on.item()));
  }

  /** A step on an item, answered together with its case (for the view). */
  private static <T> Step<OnCase<T>> onItem(Step<T> step, OnCase<T> on) {
    if (step instanceof Step.Accepted<T> accepted) {
      return accepted.map(item -> new OnCase<>(item, on.report()));
    }
    return Step.refused(((Step.Refused<T>) step).rejections());
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

  private static DialogueEvent event(
      Meeting meeting, DialogueAction action, String what, Instant at) {
    return new DialogueEvent(meeting.caseId(), action, what + " (" + meeting.id() + ")", at);
  }
}
