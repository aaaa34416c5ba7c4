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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
  /**
   * Meetings with their entries in one statement: one row per entry (a meeting without entries
   * gives one row whose entry columns are null), in the meeting's order, then the entries' own.
   */
  private static final String WITH_ENTRIES =
      "SELECT m.id, m.case_id, m.state, m.starts_at, m.place, m.online, m.reason,"
          + " m.scheduled_at, m.version, e.kind, e.text, e.detail, e.side, e.due_date,"
          + " e.visibility FROM dialogue_meeting m"
          + " LEFT JOIN dialogue_meeting_entry e ON e.meeting_id = m.id";

  private static final String ENTRY_ORDER = ", e.kind, e.position";

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

  private record Joined(Head head, Entry entry) {}

  @Override
  @ReadOnly
  public Optional<Meeting> find(UUID id) {
    return assemble(
            sql.query(
                WITH_ENTRIES + " WHERE m.id = ? ORDER BY m.id" + ENTRY_ORDER,
                JdbcMeetings::joined,
                id.toString()))
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
            WITH_ENTRIES
                + " WHERE m.case_id IN ("
                + SqlStatements.placeholders(List.of(ids))
                + ") ORDER BY m.starts_at, m.id"
                + ENTRY_ORDER,
            JdbcMeetings::joined,
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

  /** The joined rows folded into meetings, in the order of their first row. */
  private static List<Meeting> assemble(List<Joined> rows) {
    Map<String, Head> heads = new LinkedHashMap<>();
    Map<String, List<Entry>> entries = new HashMap<>();
    for (Joined row : rows) {
      heads.putIfAbsent(row.head().id(), row.head());
      if (row.entry() != null) {
        entries.computeIfAbsent(row.head().id(), k -> new ArrayList<>()).add(row.entry());
      }
    }
    return heads.values().stream()
        .map(h -> toDomain(h, entries.getOrDefault(h.id(), List.of())))
        .toList();
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

  /** One row of {@link #WITH_ENTRIES}, read by position. */
  private static Joined joined(ResultSet row) throws SQLException {
    Head head =
        new Head(
            row.getString(1),
            row.getString(2),
            row.getString(3),
            row.getLong(4),
            row.getString(5),
            row.getString(6),
            row.getString(7),
            row.getLong(8),
            row.getLong(9));
    String kind = row.getString(10);
    Entry entry =
        kind == null
            ? null
            : new Entry(
                head.id(),
                kind,
                row.getString(11),
                row.getString(12),
                row.getString(13),
                row.getString(14),
                row.getString(15));
    return new Joined(head, entry);
  }
}
