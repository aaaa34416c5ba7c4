package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;

/** What an officer gives to schedule a meeting; checked by {@link DialogueValidation}. */
public record MeetingPlan(
    Instant startsAt,
    String place,
    String online,
    List<UserId> officials,
    List<Participant> participants,
    List<Note> agenda) {
  public MeetingPlan {
    officials = officials == null ? List.of() : List.copyOf(officials);
    participants = participants == null ? List.of() : List.copyOf(participants);
    agenda = agenda == null ? List.of() : List.copyOf(agenda);
  }
}
