package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.command.Command;
import dev.taiwa.cases.command.CommandPipeline;
import dev.taiwa.cases.command.Recorded;
import dev.taiwa.cases.command.SimpleTarget;
import dev.taiwa.cases.command.Step;
import dev.taiwa.cases.command.Target;
import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.DomainEvent;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The daily sweep: recomputes the open deadlines due within five working days (or overdue), and
 * gives each reminder at most once (remembered on the deadline), publishing it to whoever owes the
 * deadline. Each deadline that changes is one command of the system actor through the {@link
 * CommandPipeline}: its versioned write, its notifications and its audit events ({@code
 * DEADLINE_REMINDER_SENT}, {@code DEADLINE_DUE_MOVED}, on the case) in one transaction. A deadline
 * changed since the sweep read it (its version moved) is refused as CONFLICT, audited like any
 * refusal, and left to the next run. One system audit event per run carries the counts. Running
 * twice on one day publishes nothing new.
 */
public final class DeadlineSweep {
  /** The actor the sweep acts as: no person, no role, no organisation's member. */
  public static final Actor SYSTEM =
      new Actor(
          new UserId(UUID.fromString("00000000-0000-0000-0000-00000000e002")),
          "system:deadline-sweep",
          new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000e002")),
          Set.of());

  private final TrackedDeadlines store;
  private final DeadlineLedger ledger;
  private final CaseParties parties;
  private final NotificationOutbox outbox;
  private final CommandPipeline pipeline;
  private final Clock clock;
  private final ReminderPolicy reminders;
  private final ReminderRecipients recipients = new ReminderRecipients();
  private final Target<UUID, TrackedDeadline> deadlines;

  public DeadlineSweep(
      TrackedDeadlines store,
      DeadlineLedger ledger,
      CaseParties parties,
      NotificationOutbox outbox,
      AuditLog auditLog,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.store = store;
    this.ledger = ledger;
    this.parties = parties;
    this.outbox = outbox;
    this.pipeline = new CommandPipeline(auditLog, unitOfWork, clock);
    this.clock = clock;
    this.reminders = new ReminderPolicy(ledger.calendar());
    this.deadlines =
        new SimpleTarget<>(
            "deadline",
            store::find,
            (actor, deadline) -> actor.equals(SYSTEM),
            (actor, deadline) -> Set.of(),
            TrackedDeadline::caseId,
            TrackedDeadline::version);
  }

  private enum Outcome {
    MOVED,
    REMINDED,
    CONFLICT
  }

  private record Swept(Outcome outcome, Optional<DeadlineReminder> reminder, int notifications) {}

  /** What the sweep finds to do to one deadline today: a reminder to give, a due date to move. */
  private record Due(Deadline computed, Optional<DeadlineReminder> reminder, boolean moved) {
    boolean nothing() {
      return reminder.isEmpty() && !moved;
    }
  }

  public SweepReport run() {
    LocalDate today = ledger.today();
    int horizon = DeadlineReminder.FIVE_WORKING_DAYS.workingDaysAhead();
    List<TrackedDeadline> open =
        store.findOpenDueBy(ledger.calendar().addWorkingDays(today, horizon));
    Map<DeadlineReminder, Integer> given = new EnumMap<>(DeadlineReminder.class);
    int moved = 0;
    int notifications = 0;
    int conflicts = 0;
    for (TrackedDeadline deadline : open) {
      if (dueOf(deadline, today).nothing()) {
        continue;
      }
      Swept swept = sweep(deadline, today);
      swept.reminder().ifPresent(r -> given.merge(r, 1, Integer::sum));
      notifications += swept.notifications();
      if (swept.outcome() == Outcome.MOVED) {
        moved++;
      } else if (swept.outcome() == Outcome.CONFLICT) {
        conflicts++;
      }
    }
    SweepReport report =
        new SweepReport(
            today,
            open.size(),
            given.getOrDefault(DeadlineReminder.FIVE_WORKING_DAYS, 0),
            given.getOrDefault(DeadlineReminder.ONE_WORKING_DAY, 0),
            given.getOrDefault(DeadlineReminder.OVERDUE, 0),
            moved,
            notifications,
            conflicts);
    Instant at = clock.instant();
    pipeline.create(
        SYSTEM,
        null,
        Command.<Actor, SweepReport>named(AuditAction.DEADLINES_SWEPT)
            .does(
                (actor, roles) ->
                    Step.accepted(
                        report,
                        new Recorded(null, AuditAction.DEADLINES_SWEPT, report.summary(), at),
                        () -> {})));
    return report;
  }

  private Due dueOf(TrackedDeadline deadline, LocalDate today) {
    Deadline computed = ledger.compute(deadline);
    return new Due(
        computed,
        reminders.next(computed.due(), today, deadline.remindersSent()),
        !computed.due().equals(deadline.due()));
  }

  private Swept sweep(TrackedDeadline read, LocalDate today) {
    Result<Swept> result =
        pipeline.run(
            SYSTEM,
            deadlines,
            read.id(),
            Command.<TrackedDeadline, Swept>named(
                    dueOf(read, today).reminder().isPresent()
                        ? AuditAction.DEADLINE_REMINDER_SENT
                        : AuditAction.DEADLINE_DUE_MOVED)
                .expecting(read.version())
                .about(deadline -> "deadline " + deadline.subject())
                .does((deadline, roles) -> change(deadline, today)));
    return result.accepted()
        ? result.value().orElseThrow()
        : new Swept(Outcome.CONFLICT, Optional.empty(), 0);
  }

  /** The change of one deadline as a command's step: its writes, notifications and events. */
  private Step<Swept> change(TrackedDeadline deadline, LocalDate today) {
    Due due = dueOf(deadline, today);
    if (due.nothing()) {
      return Step.refused(
          List.of(Rejection.of(ErrorCode.INVALID_STATE, "The deadline needs no change today")));
    }
    Instant at = clock.instant();
    List<DomainEvent> events = new ArrayList<>();
    if (due.moved()) {
      events.add(
          new Recorded(
              deadline.caseId(),
              AuditAction.DEADLINE_DUE_MOVED,
              "Due date of "
                  + deadline.subject()
                  + " moved from "
                  + deadline.due()
                  + " to "
                  + due.computed().due(),
              at));
    }
    Optional<CaseParties.Parties> party =
        due.reminder().isEmpty()
            ? Optional.empty()
            : parties.of(deadline.caseId(), deadline.caseKind());
    List<Recipient> told = party.map(p -> recipients.of(deadline, p)).orElse(List.of());
    due.reminder()
        .ifPresent(
            reminder ->
                events.add(
                    new Recorded(
                        deadline.caseId(),
                        AuditAction.DEADLINE_REMINDER_SENT,
                        reminder
                            + " reminder of "
                            + deadline.subject()
                            + " due "
                            + due.computed().due()
                            + " to "
                            + told.size()
                            + " recipients",
                        at)));
    Swept swept =
        new Swept(
            due.reminder().isPresent() ? Outcome.REMINDED : Outcome.MOVED,
            due.reminder(),
            told.size());
    return Step.accepted(
        swept,
        events,
        () -> {
          ledger.save(due.reminder().map(deadline::reminded).orElse(deadline));
          for (Recipient recipient : told) {
            outbox.publish(
                new NotificationDraft(
                    ReminderPolicy.kindOf(due.reminder().orElseThrow()),
                    deadline.caseId(),
                    deadline.caseKind(),
                    party.orElseThrow().reference(),
                    recipient,
                    Optional.of(due.computed().due())),
                at);
          }
        });
  }
}
