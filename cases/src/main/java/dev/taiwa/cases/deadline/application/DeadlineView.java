package dev.taiwa.cases.deadline.application;

import dev.taiwa.cases.deadline.Deadline;
import dev.taiwa.cases.deadline.tracking.TrackedDeadline;
import dev.taiwa.cases.deadline.tracking.TrackedStatus;
import java.util.Objects;

/** A stored deadline as read on one day: the row, its computed deadline and its status. */
public record DeadlineView(TrackedDeadline tracked, Deadline deadline, TrackedStatus status) {
  public DeadlineView {
    Objects.requireNonNull(tracked, "tracked");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(status, "status");
  }
}
