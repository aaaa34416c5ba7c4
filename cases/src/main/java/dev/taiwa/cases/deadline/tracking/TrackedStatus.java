package dev.taiwa.cases.deadline.tracking;

import dev.taiwa.cases.deadline.DeadlineStatus;

/** Where a stored deadline stands: as computed ({@link DeadlineStatus}), or cancelled. */
public enum TrackedStatus {
  OPEN,
  DUE_SOON,
  OVERDUE,
  MET,
  CANCELLED;

  public static TrackedStatus of(DeadlineStatus computed) {
    return valueOf(computed.name());
  }
}
