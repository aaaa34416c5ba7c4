package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.deadline.AdministrativeCalendar;
import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.DeadlineRule;
import dev.taiwa.cases.deadline.DeadlineRules;
import dev.taiwa.cases.deadline.Pause;
import dev.taiwa.cases.deadline.PeriodStart;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A deadline as a case stores it: what it is about ({@code subject}, unique among the case's open
 * deadlines, e.g. {@code query:<id>}), the named rule and the amount it was opened with (a reply
 * window set by an official, or the configured default), its start, who owes it, its clock stops,
 * when it was met or cancelled, and its due date as last computed (an open clock stop moves it on
 * day by day; the sweep recomputes it). {@link #compute} gives the full {@link Deadline} with its
 * explanation.
 */
public record TrackedDeadline(
    UUID id,
    CaseId caseId,
    CaseKind caseKind,
    String subject,
    String ruleName,
    long amount,
    PeriodStart start,
    Obligor obligor,
    List<ClockStop> stops,
    Optional<LocalDate> metOn,
    Optional<LocalDate> cancelledOn,
    Optional<String> cancelReason,
    LocalDate due,
    Set<DeadlineReminder> remindersSent,
    long version) {

  public TrackedDeadline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseKind, "caseKind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(ruleName, "ruleName");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(obligor, "obligor");
    Objects.requireNonNull(metOn, "metOn");
    Objects.requireNonNull(cancelledOn, "cancelledOn");
    Objects.requireNonNull(cancelReason, "cancelReason");
    Objects.requireNonNull(due, "due");
    stops = List.copyOf(stops);
    remindersSent =
        remindersSent.isEmpty()
            ? EnumSet.noneOf(DeadlineReminder.class)
            : EnumSet.copyOf(remindersSent);
    if (subject.isBlank()) {
      throw new IllegalArgumentException("a tracked deadline needs a subject");
    }
  }

  /** Neither met nor cancelled. */
  public boolean isOpen() {
    return metOn.isEmpty() && cancelledOn.isEmpty();
  }

  /** The deadline as on {@code today}: rule, start, pauses, due date, status and explanation. */
  public Deadline compute(DeadlineRules rules, AdministrativeCalendar calendar, LocalDate today) {
    DeadlineRule rule = rules.rule(ruleName).withAmount(amount);
    List<Pause> pauses = new ArrayList<>();
    for (ClockStop stop : stops) {
      stop.asPause(today).ifPresent(pauses::add);
    }
    Deadline deadline = Deadline.compute(rule, start, pauses, calendar, rules.dueSoonWorkingDays());
    return metOn.map(deadline::metOn).orElse(deadline);
  }

  TrackedDeadline withStops(UnaryOperator<List<ClockStop>> change) {
    return changed(
        change.apply(new ArrayList<>(stops)),
        metOn,
        cancelledOn,
        cancelReason,
        due,
        remindersSent,
        version);
  }

  TrackedDeadline withDue(LocalDate newDue) {
    return changed(stops, metOn, cancelledOn, cancelReason, newDue, remindersSent, version);
  }

  TrackedDeadline met(LocalDate on) {
    return changed(stops, Optional.of(on), cancelledOn, cancelReason, due, remindersSent, version);
  }

  TrackedDeadline cancelled(LocalDate on, String reason) {
    return changed(stops, metOn, Optional.of(on), Optional.of(reason), due, remindersSent, version);
  }

  /** This deadline as stored after an update: its version one higher. */
  TrackedDeadline nextVersion() {
    return changed(stops, metOn, cancelledOn, cancelReason, due, remindersSent, version + 1);
  }

  /** This deadline having given {@code reminder} too. */
  public TrackedDeadline reminded(DeadlineReminder reminder) {
    Set<DeadlineReminder> sent = EnumSet.noneOf(DeadlineReminder.class);
    sent.addAll(remindersSent);
    sent.add(reminder);
    return changed(stops, metOn, cancelledOn, cancelReason, due, sent, version);
  }

  /** The same deadline (id, case, rule, start, obligor) with what changes over its life. */
  private TrackedDeadline changed(
      List<ClockStop> newStops,
      Optional<LocalDate> newMetOn,
      Optional<LocalDate> newCancelledOn,
      Optional<String> newCancelReason,
      LocalDate newDue,
      Set<DeadlineReminder> newReminders,
      long newVersion) {
    return new TrackedDeadline(
        id,
        caseId,
        caseKind,
        subject,
        ruleName,
        amount,
        start,
        obligor,
        newStops,
        newMetOn,
        newCancelledOn,
        newCancelReason,
        newDue,
        newReminders,
        newVersion);
  }
}
