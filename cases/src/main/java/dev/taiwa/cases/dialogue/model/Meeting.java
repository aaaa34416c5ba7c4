package dev.taiwa.cases.dialogue.model;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A dialogue meeting of a case: when (an instant, shown in Tokyo time), where (a place or an online
 * link), who attends on both sides, the agenda and, once held, the minutes and follow-up actions.
 * {@code reason} is the reason of the last reschedule or of the cancellation. Each change yields
 * {@code version + 1}; the store writes it only over the version it was read at.
 */
public record Meeting(
    UUID id,
    CaseId caseId,
    MeetingState state,
    Instant startsAt,
    String place,
    String online,
    List<UserId> officials,
    List<Participant> participants,
    List<Note> agenda,
    List<Note> minutes,
    List<FollowUp> followUps,
    String reason,
    Instant scheduledAt,
    long version) {
  public Meeting {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(caseId, "case id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startsAt, "starts at");
    Objects.requireNonNull(scheduledAt, "scheduled at");
    officials = List.copyOf(officials);
    participants = List.copyOf(participants);
    agenda = List.copyOf(agenda);
    minutes = List.copyOf(minutes);
    followUps = List.copyOf(followUps);
  }

  /** A new meeting as scheduled by an officer. */
  public static Meeting scheduled(CaseId caseId, MeetingPlan plan, Instant at) {
    return new Meeting(
        UUID.randomUUID(),
        caseId,
        MeetingState.SCHEDULED,
        plan.startsAt(),
        plan.place(),
        plan.online(),
        plan.officials(),
        plan.participants(),
        plan.agenda(),
        List.of(),
        List.of(),
        null,
        at,
        1);
  }

  public Meeting rescheduled(Instant newStart, String why) {
    return with(MeetingState.SCHEDULED, newStart, minutes, followUps, why);
  }

  public Meeting cancelled(String why) {
    return with(MeetingState.CANCELLED, startsAt, minutes, followUps, why);
  }

  public Meeting held(List<Note> newMinutes, List<FollowUp> newFollowUps) {
    return with(MeetingState.HELD, startsAt, newMinutes, newFollowUps, reason);
  }

  /** The meeting as the company may read it: internal agenda, minutes and follow-ups left out. */
  public Meeting asSeenByCompany() {
    return new Meeting(
        id,
        caseId,
        state,
        startsAt,
        place,
        online,
        officials,
        participants,
        agenda.stream().filter(Note::companyVisible).toList(),
        minutes.stream().filter(Note::companyVisible).toList(),
        followUps.stream().filter(FollowUp::companyVisible).toList(),
        reason,
        scheduledAt,
        version);
  }

  private Meeting with(
      MeetingState nextState,
      Instant nextStart,
      List<Note> nextMinutes,
      List<FollowUp> nextFollowUps,
      String nextReason) {
    return new Meeting(
        id,
        caseId,
        nextState,
        nextStart,
        place,
        online,
        officials,
        participants,
        agenda,
        nextMinutes,
        nextFollowUps,
        nextReason,
        scheduledAt,
        version + 1);
  }
}
