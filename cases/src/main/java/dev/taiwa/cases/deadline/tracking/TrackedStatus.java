package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.DeadlineStatus;
import java.time.LocalDate;

/**
 * Where a stored deadline stands: as computed ({@link DeadlineStatus}), met after its due date, or
 * cancelled. Every view of a stored deadline takes its status from {@link #of(TrackedDeadline,
 * Deadline, LocalDate)}, so the lists and the case views agree.
 */
public enum TrackedStatus {
  OPEN,
  DUE_SOON,
  OVERDUE,
  /** Met on or before its due date. */
  MET,
  /** Met, but after its due date. */
  MET_LATE,
  CANCELLED;

  public static TrackedStatus of(DeadlineStatus computed) {
    return valueOf(computed.name());
  }

  /** The status of {@code tracked}, computed as {@code deadline}, on {@code today}. */
  public static TrackedStatus of(TrackedDeadline tracked, Deadline deadline, LocalDate today) {
    if (tracked.cancelledOn().isPresent()) {
      return CANCELLED;
    }
    if (deadline.metLate()) {
      return MET_LATE;
    }
    return of(deadline.status(today));
  }
}
