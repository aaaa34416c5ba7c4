package dev.taiwa.graphql.dialogue;

import dev.taiwa.cases.dialogue.model.FollowUp;
import dev.taiwa.cases.dialogue.model.MeetingPlan;
import dev.taiwa.cases.dialogue.model.Note;
import dev.taiwa.cases.dialogue.model.Participant;
import dev.taiwa.cases.dialogue.model.Side;
import dev.taiwa.cases.dialogue.model.Visibility;
import dev.taiwa.cases.kernel.UserId;
import dev.taiwa.graphql.support.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Turns the dialogue's GraphQL input objects into the use cases' values. */
final class DialogueInputs {
  private DialogueInputs() {}

  static MeetingPlan plan(Map<String, Object> input) {
    return new MeetingPlan(
        (Instant) input.get("startsAt"),
        (String) input.get("place"),
        (String) input.get("online"),
        list(input, "officials").stream()
            .flatMap(id -> Ids.uuid((String) id).map(UserId::new).stream())
            .toList(),
        list(input, "participants").stream()
            .map(p -> map(p))
            .map(p -> new Participant((String) p.get("name"), (String) p.get("role")))
            .toList(),
        notes(list(input, "agenda")));
  }

  static List<Note> notes(List<Object> notes) {
    return notes.stream()
        .map(DialogueInputs::map)
        .map(n -> new Note((String) n.get("text"), (Visibility) n.get("visibility")))
        .toList();
  }

  static List<FollowUp> followUps(List<Object> followUps) {
    return followUps.stream()
        .map(DialogueInputs::map)
        .map(
            f ->
                new FollowUp(
                    (Side) f.get("owner"),
                    (String) f.get("description"),
                    (LocalDate) f.get("dueDate"),
                    (Visibility) f.get("visibility")))
        .toList();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> input, String field) {
    Object value = input == null ? null : input.get(field);
    return value == null ? List.of() : (List<Object>) value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
