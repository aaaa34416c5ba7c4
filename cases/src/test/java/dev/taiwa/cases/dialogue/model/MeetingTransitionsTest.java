package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.MeetingAction.*;
import static dev.taiwa.cases.dialogue.model.MeetingState.*;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The meeting table against a hand-written list of every allowed (state, action, role). */
class MeetingTransitionsTest {
  private record Allowed(MeetingState from, MeetingAction action, Role role, MeetingState to) {}

  private static final List<Allowed> ALLOWED =
      List.of(
          new Allowed(SCHEDULED, RESCHEDULE, DIALOGUE_OFFICER, SCHEDULED),
          new Allowed(SCHEDULED, CANCEL, DIALOGUE_OFFICER, CANCELLED),
          new Allowed(SCHEDULED, RECORD_HELD, DIALOGUE_OFFICER, HELD));

  static Stream<Arguments> everyStateActionAndRole() {
    return Stream.of(MeetingState.values())
        .flatMap(
            s ->
                Stream.of(MeetingAction.values())
                    .flatMap(a -> Stream.of(Role.values()).map(r -> Arguments.of(s, a, r))));
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      MeetingState state, MeetingAction action, Role role) {
    Optional<Allowed> allowed =
        ALLOWED.stream()
            .filter(a -> a.from() == state && a.action() == action && a.role() == role)
            .findFirst();
    boolean anyRoleMay = ALLOWED.stream().anyMatch(a -> a.from() == state && a.action() == action);

    assertEquals(
        allowed.map(Allowed::to), MeetingTransitions.TABLE.next(state, action, Set.of(role)));
    Optional<ErrorCode> refusal =
        MeetingTransitions.TABLE.check(state, action, Set.of(role)).map(Rejection::code);
    assertEquals(
        allowed.isPresent()
            ? Optional.empty()
            : Optional.of(anyRoleMay ? ErrorCode.FORBIDDEN : ErrorCode.INVALID_STATE),
        refusal);
  }

  @org.junit.jupiter.api.Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    assertEquals(ALLOWED.size(), MeetingTransitions.TABLE.rows().size());
  }
}
