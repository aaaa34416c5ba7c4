package dev.taiwa.graphql.notification;

import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.notification.Notification;
import java.util.List;

/** What the feed's mutations answer. */
final class NotificationPayloads {
  private NotificationPayloads() {}

  /** The notification as it now stands, and the refusals. */
  record NotificationPayload(Notification notification, List<Rejection> errors) {}

  /** How many were marked read, and the refusals. */
  record MarkAllNotificationsReadPayload(Integer count, List<Rejection> errors) {}
}
