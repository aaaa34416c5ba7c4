package dev.taiwa.service.persistence.dialogue;

import dev.taiwa.cases.dialogue.model.FollowUp;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.MeetingState;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Participant;
import dev.taiwa.cases.dialogue.model.Side;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.dialogue.port.Meetings;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ConcurrentChangeException;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.service.persistence.sql.SqlStatements;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Meetings} in {@code dialogue_meeting}, with attendees, agenda, minutes and follow-ups as
 * ordered rows of {@code dialogue_meeting_entry}. A change rewrites the meeting's entries.
 */
@Singleton
public class JdbcMeetings implements Meetings {
  private static final String COLUMNS =
      "SELECT id, case_id, state, starts_at, place, online, reason, scheduled_at, version"
          + " FROM dialogue_meeting";

  private final SqlStatements sql;

  JdbcMeetings(SqlStatements sql) {
    this.sql = sql;
  }

  private record Head(
      String id,
      String caseId,
      String state,
      long startsAt,
      String place,
      String online,
      String reason,
      long scheduledAt,
      long version) {}

  private record Entry(
      String meetingId,
      String kind,
      String text,
      String detail,
      String side,
      String dueDate,
      String visibility) {}

  @Override
  @ReadOnly
  public Optional<Meeting> find(UUID id) {
    return assemble(sql.query(COLUMNS + " WHERE id = ?", JdbcMeetings::head, id.toString()))
        .stream()
        .findFirst();
  }

  @Override
  @ReadOnly
  public List<Meeting> findByCases(Collection<CaseId> cases) {
    if (cases.isEmpty()) {
      return List.of();
    }
    Object[] ids = cases.stream().map(CaseId::toString).distinct().toArray();
    return assemble(
        sql.query(
            COLUMNS
                + " WHERE case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY starts_at, id",
            JdbcMeetings::head,
            ids));
  }

  @Override
  @Transactional
  public void insert(Meeting meeting) {
    sql.update(
        "INSERT INTO dialogue_meeting (id, case_id, state, starts_at, place, online, reason,"
            + " scheduled_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        meeting.id().toString(),
        meeting.caseId().toString(),
        meeting.state().name(),
        meeting.startsAt().toEpochMilli(),
        meeting.place(),
        meeting.online(),
        meeting.reason(),
        meeting.scheduledAt().toEpochMilli(),
        meeting.version());
    insertEntries(meeting);
  }

  @Override
  @Transactional
  public void update(Meeting meeting) {
    int touched =
        sql.update(
            "UPDATE dialogue_meeting SET state = ?, starts_at = ?, place = ?, online = ?,"
                + " reason = ?, version = ? WHERE id = ? AND version = ?",
            meeting.state().name(),
            meeting.startsAt().toEpochMilli(),
            meeting.place(),
            meeting.online(),
            meeting.reason(),
            meeting.version(),
            meeting.id().toString(),
            meeting.version() - 1);
    if (touched != 1) {
      throw new ConcurrentChangeException("meeting " + meeting.id() + " changed since it was read");
    }
    sql.update("DELETE FROM dialogue_meeting_entry WHERE meeting_id = ?", meeting.id().toString());
    insertEntries(meeting);
  }

  private void insertEntries(Meeting meeting) {
    String id = meeting.id().toString();
    for (int i = 0; i < meeting.officials().size(); i++) {
      entry(id, "OFFICIAL", i, meeting.officials().get(i).toString(), null, null, null, null);
    }
    for (int i = 0; i < meeting.participants().size(); i++) {
      Participant p = meeting.participants().get(i);
      entry(id, "PARTICIPANT", i, p.name(), p.role(), null, null, null);
    }
    notes(id, "AGENDA", meeting.agenda());
    notes(id, "MINUTES", meeting.minutes());
    for (int i = 0; i < meeting.followUps().size(); i++) {
      FollowUp f = meeting.followUps().get(i);
      entry(
          id,
          "FOLLOW_UP",
          i,
          f.description(),
          null,
          f.owner().name(),
          f.dueDate().toString(),
          f.visibility().name());
    }
  }

  private void notes(String id, String kind, List<Note> notes) {
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      entry(id, kind, i, n.text(), null, null, null, n.visibility().name());
    }
  }

  private void entry(
      String meetingId,
      String kind,
      int position,
      String text,
      String detail,
      String side,
      String dueDate,
      String visibility) {
    sql.update(
        "INSERT INTO dialogue_meeting_entry (meeting_id, kind, position, text, detail, side,"
            + " due_date, visibility) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        meetingId,
        kind,
        position,
        text,
        detail,
        side,
        dueDate,
        visibility);
  }

  private List<Meeting> assemble(List<Head> heads) {
    if (heads.isEmpty()) {
      return List.of();
    }
    Object[] ids = heads.stream().map(Head::id).toArray();
    Map<String, List<Entry>> entries = new HashMap<>();
    sql.query(
            "SELECT meeting_id, kind, text, detail, side, due_date, visibility"
                + " FROM dialogue_meeting_entry WHERE meeting_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY meeting_id, kind, position",
            row ->
                new Entry(
                    row.getString("meeting_id"),
                    row.getString("kind"),
                    row.getString("text"),
                    row.getString("detail"),
                    row.getString("side"),
                    row.getString("due_date"),
                    row.getString("visibility")),
            ids)
        .forEach(e -> entries.computeIfAbsent(e.meetingId(), k -> new ArrayList<>()).add(e));
    return heads.stream().map(h -> toDomain(h, entries.getOrDefault(h.id(), List.of()))).toList();
  }

  private static Meeting toDomain(Head head, List<Entry> entries) {
    return new Meeting(
        UUID.fromString(head.id()),
        CaseId.parse(head.caseId()),
        MeetingState.valueOf(head.state()),
        Instant.ofEpochMilli(head.startsAt()),
        head.place(),
        head.online(),
        of(entries, "OFFICIAL").stream().map(e -> UserId.parse(e.text())).toList(),
        of(entries, "PARTICIPANT").stream()
            .map(e -> new Participant(e.text(), e.detail()))
            .toList(),
        notes(of(entries, "AGENDA")),
        notes(of(entries, "MINUTES")),
        of(entries, "FOLLOW_UP").stream()
            .map(
                e ->
                    new FollowUp(
                        Side.valueOf(e.side()),
                        e.text(),
                        LocalDate.parse(e.dueDate()),
                        Visibility.valueOf(e.visibility())))
            .toList(),
        head.reason(),
        Instant.ofEpochMilli(head.scheduledAt()),
        head.version());
  }

  private static List<Entry> of(List<Entry> entries, String kind) {
    return entries.stream().filter(e -> e.kind().equals(kind)).toList();
  }

  private static List<Note> notes(List<Entry> entries) {
    return entries.stream()
        .map(e -> new Note(e.text(), Visibility.valueOf(e.visibility())))
        .toList();
  }

  private static Head head(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Head(
        row.getString("id"),
        row.getString("case_id"),
        row.getString("state"),
        row.getLong("starts_at"),
        row.getString("place"),
        row.getString("online"),
        row.getString("reason"),
        row.getLong("scheduled_at"),
        row.getLong("version"));
  }
}
