package dev.taiwa.tools.export;

import static dev.taiwa.tools.export.ExportSection.object;
import static dev.taiwa.tools.export.Texts.text;
import static dev.taiwa.tools.export.Texts.tokyo;

import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Meeting;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.prereport.model.PreReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pre-report's meetings as {@link DialogueQueries} shows them to the operator's account (a
 * company account never sees internal notes). In CSV: the count, and one line per meeting.
 */
final class MeetingsSection implements ExportSection<PreReport> {
  private final DialogueQueries dialogue;
  private Map<CaseId, List<Meeting>> loaded = Map.of();

  MeetingsSection(DialogueQueries dialogue) {
    this.dialogue = dialogue;
  }

  @Override
  public String name() {
    return "meetings";
  }

  @Override
  public List<String> columns() {
    return List.of("meetings.count", "meetings");
  }

  @Override
  public void load(Actor actor, List<PreReport> page) {
    loaded = dialogue.meetingsOf(actor, page);
  }

  private List<Meeting> of(PreReport report) {
    return loaded.getOrDefault(report.id(), List.of());
  }

  @Override
  public List<Object> cells(PreReport report) {
    return List.of(
        of(report).size(),
        of(report).stream().map(MeetingsSection::line).collect(Collectors.joining("\n")));
  }

  private static String line(Meeting meeting) {
    return tokyo(meeting.startsAt())
        + " "
        + meeting.state()
        + " "
        + (meeting.place() == null ? "" : meeting.place())
        + (meeting.online() == null ? "" : " " + meeting.online())
        + (meeting.agenda().isEmpty() ? "" : " / 議題: " + notes(meeting.agenda()))
        + (meeting.minutes().isEmpty() ? "" : " / 議事録: " + notes(meeting.minutes()));
  }

  private static String notes(List<Note> notes) {
    return notes.stream().map(Note::text).collect(Collectors.joining("; "));
  }

  @Override
  public Object json(PreReport report) {
    return of(report).stream()
        .map(
            m ->
                object(
                    "id", text(m.id()),
                    "state", text(m.state()),
                    "startsAtTokyo", tokyo(m.startsAt()),
                    "place", m.place(),
                    "online", m.online(),
                    "officials", m.officials().stream().map(Object::toString).toList(),
                    "participants",
                        m.participants().stream()
                            .map(p -> object("name", p.name(), "role", p.role()))
                            .toList(),
                    "agenda", notesJson(m.agenda()),
                    "minutes", notesJson(m.minutes()),
                    "followUps",
                        m.followUps().stream()
                            .map(
                                f ->
                                    object(
                                        "owner", text(f.owner()),
                                        "description", f.description(),
                                        "dueDate", text(f.dueDate()),
                                        "visibility", text(f.visibility())))
                            .toList(),
                    "reason", m.reason()))
        .toList();
  }

  private static List<Map<String, Object>> notesJson(List<Note> notes) {
    return notes.stream()
        .map(n -> object("text", n.text(), "visibility", text(n.visibility())))
        .toList();
  }
}
