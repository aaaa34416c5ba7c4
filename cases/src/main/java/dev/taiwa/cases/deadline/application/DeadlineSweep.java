package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.tracking.DeadlineLedger;
import dev.taiwa.cases.deadline.tracking.DeadlineReminder;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadlines;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.UnitOfWork;
import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily sweep: recomputes the open deadlines due within five working days (or overdue), and
 * gives each reminder at most once (remembered on the deadline), publishing it to whoever owes the
 * deadline. Each deadline changes in its own transaction with its notifications; a deadline another
 * instance changed meanwhile (its version moved) is left to that instance. One system audit event
 * per run carries the counts. Running twice on one day publishes nothing new.
 */
public final class DeadlineSweep {

  private final TrackedDeadlines store;
  private final DeadlineLedger ledger;
  private final CaseParties parties;
  private final NotificationOutbox outbox;
  private final AuditLog auditLog;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final ReminderPolicy reminders;
  private final ReminderRecipients recipients = new ReminderRecipients();

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
    this.auditLog = auditLog;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.reminders = new ReminderPolicy(ledger.calendar());
  }

  private enum Outcome {
    UNCHANGED,
    MOVED,
    REMINDED,
    CONFLICT
  }

  private record Swept(Outcome outcome, Optional<DeadlineReminder> reminder, int notifications) {}

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
    unitOfWork.inTransaction(
        () -> {
          auditLog.append(
              new AuditEntry(
                  at,
                  null,
                  null,
                  null,
                  null,
                  AuditAction.DEADLINES_SWEPT,
                  AuditOutcome.ACCEPTED,
                  report.summary()));
          return report;
        });
    return report;
  }

  private Swept sweep(TrackedDeadline deadline, LocalDate today) {
    try {
      return unitOfWork.inTransaction(() -> sweepInTransaction(deadline, today));
    } catch (ConcurrentChangeException e) {
      return new Swept(Outcome.CONFLICT, Optional.empty(), 0);
    }
  }

  private Swept sweepInTransaction(TrackedDeadline deadline, LocalDate today) {
    Deadline computed = ledger.compute(deadline);
    Optional<DeadlineReminder> reminder =
        reminders.next(computed.due(), today, deadline.remindersSent());
    boolean dueMoved = !computed.due().equals(deadline.due());
    if (reminder.isEmpty() && !dueMoved) {
      return new Swept(Outcome.UNCHANGED, Optional.empty(), 0);
    }
    ledger.save(reminder.map(deadline::reminded).orElse(deadline));
    if (reminder.isEmpty()) {
      return new Swept(Outcome.MOVED, Optional.empty(), 0);
    }
    int published = 0;
    Optional<CaseParties.Parties> party = parties.of(deadline.caseId(), deadline.caseKind());
    if (party.isPresent()) {
      Instant at = clock.instant();
      for (Recipient recipient : recipients.of(deadline, party.get())) {
        outbox.publish(
            new NotificationDraft(
                ReminderPolicy.kindOf(reminder.get()),
                deadline.caseId(),
                deadline.caseKind(),
                party.get().reference(),
                recipient,
                Optional.of(computed.due())),
            at);
        published++;
      }
    }
    return new Swept(Outcome.REMINDED, reminder, published);
  }
}
