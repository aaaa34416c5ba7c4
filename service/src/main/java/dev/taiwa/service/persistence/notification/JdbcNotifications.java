package dev.taiwa.service.persistence.notification;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.CaseKind;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.notification.Addressee;
import dev.taiwa.cases.notification.Notification;
import dev.taiwa.cases.notification.NotificationKind;
import dev.taiwa.cases.notification.Notifications;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Notifications} over {@code notification} and the read marks in {@code notification_read}:
 * the reader's feed is selected in SQL (addressed to the user, to one of its roles in its
 * organisation, or to one of its roles anywhere), newest first.
 */
@Singleton
public class JdbcNotifications implements Notifications {
  private final SqlStatements sql;

  JdbcNotifications(SqlStatements sql) {
    this.sql = sql;
  }

  @Override
  @ReadOnly
  public List<Notification> addressedTo(
      Addressee reader, boolean unreadOnly, int limit, Optional<PageRequest.Position> after) {
    List<Object> values = new ArrayList<>();
    StringBuilder query = select(reader, values);
    if (unreadOnly) {
      query.append(" AND r.user_id IS NULL");
    }
    if (after.isPresent()) {
      long at = after.get().createdAt().toEpochMilli();
      query.append(" AND (n.created_at < ? OR (n.created_at = ? AND n.id < ?))");
      values.add(at);
      values.add(at);
      values.add(after.get().id().toString());
    }
    query.append(" ORDER BY n.created_at DESC, n.id DESC LIMIT ?");
    values.add(limit);
    return sql.query(query.toString(), JdbcNotifications::row, values.toArray());
  }

  @Override
  @ReadOnly
  public Optional<Notification> find(Addressee reader, UUID id) {
    List<Object> values = new ArrayList<>();
    StringBuilder query = select(reader, values).append(" AND n.id = ?");
    values.add(id.toString());
    return sql.query(query.toString(), JdbcNotifications::row, values.toArray()).stream()
        .findFirst();
  }

  @Override
  @Transactional
  public void markRead(Addressee reader, UUID id, Instant at) {
    sql.update(
        "INSERT INTO notification_read (notification_id, user_id, read_at) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        id.toString(),
        reader.user().toString(),
        at.toEpochMilli());
  }

  /** The reader's notifications with its read mark: {@code SELECT ... WHERE <addressed>}. */
  private static StringBuilder select(Addressee reader, List<Object> values) {
    List<String> roles = reader.roles().stream().map(Role::name).sorted().toList();
    StringBuilder query =
        new StringBuilder(
            "SELECT n.id, n.kind, n.case_id, n.case_kind, n.case_reference, n.due_date,"
                + " n.created_at, r.user_id AS reader FROM notification n"
                + " LEFT JOIN notification_read r ON r.notification_id = n.id AND r.user_id = ?"
                + " WHERE (n.recipient_user = ?");
    values.add(reader.user().toString());
    values.add(reader.user().toString());
    if (!roles.isEmpty()) {
      String in = SqlStatements.placeholders(roles);
      query
          .append(" OR (n.recipient_organisation = ? AND n.recipient_role IN (")
          .append(in)
          .append("))");
      values.add(reader.organisation().toString());
      values.addAll(roles);
      query
          .append(" OR (n.recipient_user IS NULL AND n.recipient_organisation IS NULL")
          .append(" AND n.recipient_role IN (")
          .append(in)
          .append("))");
      values.addAll(roles);
    }
    return query.append(")");
  }

  private static Notification row(ResultSet r) throws SQLException {
    String due = r.getString("due_date");
    return new Notification(
        UUID.fromString(r.getString("id")),
        NotificationKind.valueOf(r.getString("kind")),
        new CaseId(UUID.fromString(r.getString("case_id"))),
        CaseKind.valueOf(r.getString("case_kind")),
        r.getString("case_reference"),
        due == null ? Optional.empty() : Optional.of(LocalDate.parse(due)),
        Instant.ofEpochMilli(r.getLong("created_at")),
        r.getString("reader") != null);
  }
}
