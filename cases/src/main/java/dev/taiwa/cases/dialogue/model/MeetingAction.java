package dev.taiwa.cases.dialogue.model;

/** What can be done to a scheduled meeting. */
public enum MeetingAction {
  RESCHEDULE,
  CANCEL,
  RECORD_HELD
}
