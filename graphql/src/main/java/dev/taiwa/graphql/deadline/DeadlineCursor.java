package dev.taiwa.graphql.deadline;

import dev.taiwa.cases.deadline.application.DeadlinePosition;
import dev.taiwa.cases.deadline.application.DeadlineView;
import dev.taiwa.graphql.support.KeyedCursor;
import java.time.LocalDate;
import java.util.Optional;

/** The opaque cursor of a deadline list: due date, then id. */
final class DeadlineCursor {
  private DeadlineCursor() {}

  static String of(DeadlineView view) {
    return KeyedCursor.encode(view.deadline().due(), view.tracked().id());
  }

  /** The position named by {@code cursor}; empty for null; refused (INVALID_VALUE) if malformed. */
  static Optional<DeadlinePosition> decode(String cursor) {
    return KeyedCursor.decode(cursor, "deadlines", LocalDate::parse, DeadlinePosition::new);
  }
}
