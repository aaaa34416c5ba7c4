package dev.taiwa.cases.dialogue.model;

/** Where a dialogue meeting stands; see {@link MeetingTransitions}. */
public enum MeetingState {
  SCHEDULED,
  HELD,
  CANCELLED
}
