package dev.taiwa.service.persistence.notification;

import dev.taiwa.cases.notification.NotificationDraft;
import dev.taiwa.cases.notification.NotificationOutbox;
import dev.taiwa.cases.notification.Recipient;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** {@link NotificationOutbox} writing rows of {@code notification} in the caller's transaction. */
@Singleton
public class JdbcNotificationOutbox implements NotificationOutbox {
  private final SqlStatements sql;

  JdbcNotificationOutbox(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @Transactional
  public void publish(NotificationDraft draft, Instant at) {
    String user = null;
    String organisation = null;
    String role = null;
    Recipient recipient = draft.recipient();
    if (recipient instanceof Recipient.User u) {
      user = u.user().toString();
    } else if (recipient instanceof Recipient.RoleInOrganisation r) {
      organisation = r.organisation().toString();
      role = r.role().name();
    } else if (recipient instanceof Recipient.EveryoneWithRole r) {
      role = r.role().name();
    }
    sql.update(
        "INSERT INTO notification (id, kind, case_id, case_kind, case_reference, due_date,"
            + " recipient_user, recipient_organisation, recipient_role, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(),
        draft.kind().name(),
        draft.caseId().toString(),
        draft.caseKind().name(),
        draft.caseReference(),
        draft.due().map(LocalDate::toString).orElse(null),
        user,
        organisation,
        role,
        at.toEpochMilli());
  }
}
