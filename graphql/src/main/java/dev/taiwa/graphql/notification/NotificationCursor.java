package dev.taiwa.graphql.notification;

import dev.taiwa.cases.kernel.PageRequest.Position;
import dev.taiwa.cases.notification.Notification;
import dev.taiwa.graphql.support.KeyedCursor;
import java.time.Instant;
import java.util.Optional;

/** The opaque cursor of a notification feed: creation time, then id. */
final class NotificationCursor {
  private NotificationCursor() {}

  static String of(Notification notification) {
    return KeyedCursor.encode(notification.createdAt(), notification.id());
  }

  /** The position named by {@code cursor}; empty for null; refused (INVALID_VALUE) if malformed. */
  static Optional<Position> decode(String cursor) {
    return KeyedCursor.decode(cursor, "notifications", Instant::parse, Position::new);
  }
}
