package dev.taiwa.cases.notification;

import java.time.Instant;

/**
 * Port: where use cases publish notifications, inside their own transaction (a notification exists
 * exactly when the change it tells of does).
 */
public interface NotificationOutbox {
  void publish(NotificationDraft draft, Instant at);
}
