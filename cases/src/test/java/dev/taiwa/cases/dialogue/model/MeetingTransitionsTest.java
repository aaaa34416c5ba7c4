package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.MeetingAction.*;
import static dev.taiwa.cases.dialogue.model.MeetingState.*;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;

import dev.taiwa.cases.kernel.HandWrittenTransitions;
import dev.taiwa.cases.kernel.HandWrittenTransitions.Allowed;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The meeting table against a hand-written list of every allowed (state, action, role). */
class MeetingTransitionsTest {
  private static final List<Allowed<MeetingState, MeetingAction>> ALLOWED =
      List.of(
          new Allowed<>(SCHEDULED, RESCHEDULE, DIALOGUE_OFFICER, SCHEDULED),
          new Allowed<>(SCHEDULED, CANCEL, DIALOGUE_OFFICER, CANCELLED),
          new Allowed<>(SCHEDULED, RECORD_HELD, DIALOGUE_OFFICER, HELD));

  private static final HandWrittenTransitions<MeetingState, MeetingAction> CHECK =
      new HandWrittenTransitions<>(MeetingTransitions.TABLE, ALLOWED);

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      MeetingState state, MeetingAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @org.junit.jupiter.api.Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }
}
