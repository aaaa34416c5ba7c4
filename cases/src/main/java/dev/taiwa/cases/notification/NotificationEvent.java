package dev.taiwa.cases.notification;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** What reading notifications changes: read marks of one reader, about no case. */
public sealed interface NotificationEvent extends DomainEvent {
  @Override
  default CaseId caseId() {
    return null;
  }

  record NotificationRead(UUID notification, Instant occurredAt) implements NotificationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.NOTIFICATION_READ;
    }

    @Override
    public String summary() {
      return "Notification " + notification + " marked read";
    }
  }

  record AllNotificationsRead(int count, Instant occurredAt) implements NotificationEvent {
    @Override
    public AuditAction type() {
      return AuditAction.ALL_NOTIFICATIONS_READ;
    }

    @Override
    public String summary() {
      return count + " notifications marked read";
    }
  }
}
