package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.MeetingAction.CANCEL;
import static dev.taiwa.cases.dialogue.model.MeetingAction.RECORD_HELD;
import static dev.taiwa.cases.dialogue.model.MeetingAction.RESCHEDULE;
import static dev.taiwa.cases.dialogue.model.MeetingState.CANCELLED;
import static dev.taiwa.cases.dialogue.model.MeetingState.HELD;
import static dev.taiwa.cases.dialogue.model.MeetingState.SCHEDULED;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;

import dev.taiwa.cases.kernel.TransitionTable;

/** A meeting's life: scheduled (and rescheduled) until it is held or cancelled, by an officer. */
public final class MeetingTransitions {
  public static final TransitionTable<MeetingState, MeetingAction> TABLE =
      TransitionTable.builder(MeetingState.class, MeetingAction.class)
          .allow(SCHEDULED, RESCHEDULE, SCHEDULED, DIALOGUE_OFFICER)
          .allow(SCHEDULED, CANCEL, CANCELLED, DIALOGUE_OFFICER)
          .allow(SCHEDULED, RECORD_HELD, HELD, DIALOGUE_OFFICER)
          .build();

  private MeetingTransitions() {}
}
