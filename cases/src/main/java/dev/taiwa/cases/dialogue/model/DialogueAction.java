package dev.taiwa.cases.dialogue.model;

/** Every change of the dialogue of a case; where and by whom: {@link DialogueCasePolicy}. */
public enum DialogueAction {
  SCHEDULE_MEETING,
  RESCHEDULE_MEETING,
  CANCEL_MEETING,
  RECORD_MEETING_HELD,
  RAISE_CONCERN,
  ANSWER_CONCERN,
  RESOLVE_CONCERN,
  MARK_CONCERN_UNRESOLVED,
  ASSIGN_CASE_OFFICER,
  ASK_QUERY,
  ANSWER_QUERY,
  WITHDRAW_QUERY
}
