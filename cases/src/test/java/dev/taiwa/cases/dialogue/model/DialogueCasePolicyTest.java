package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.DialogueAction.*;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;
import static dev.taiwa.cases.prereport.model.PreReportState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dialogue action x case state x role against a hand-written list: the wrong role is
 * FORBIDDEN (whatever the state), the right role outside the listed states INVALID_STATE.
 */
class DialogueCasePolicyTest {
  private static final Set<PreReportState> DIALOGUE = EnumSet.of(UNDER_REVIEW, IN_DIALOGUE);
  private static final Set<PreReportState> OPEN_FILED =
      EnumSet.of(SUBMITTED, UNDER_REVIEW, IN_DIALOGUE, INFORM_ISSUED, LICENCE_APPLIED);

  private record Rule(Role role, Set<PreReportState> states) {}

  private static final Map<DialogueAction, Rule> LISTED =
      Map.ofEntries(
          Map.entry(SCHEDULE_MEETING, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(RESCHEDULE_MEETING, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(CANCEL_MEETING, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(RECORD_MEETING_HELD, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(RAISE_CONCERN, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(ANSWER_CONCERN, new Rule(FILER, DIALOGUE)),
          Map.entry(RESOLVE_CONCERN, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(MARK_CONCERN_UNRESOLVED, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(ASSIGN_CASE_OFFICER, new Rule(DIALOGUE_OFFICER, OPEN_FILED)),
          Map.entry(ASK_QUERY, new Rule(DIALOGUE_OFFICER, DIALOGUE)),
          Map.entry(ANSWER_QUERY, new Rule(FILER, DIALOGUE)),
          Map.entry(WITHDRAW_QUERY, new Rule(DIALOGUE_OFFICER, DIALOGUE)));

  private final DialogueCasePolicy policy = new DialogueCasePolicy();

  static Stream<Arguments> everyActionStateAndRole() {
    return Stream.of(DialogueAction.values())
        .flatMap(
            a ->
                Stream.of(PreReportState.values())
                    .flatMap(s -> Stream.of(Role.values()).map(r -> Arguments.of(a, s, r))));
  }

  @ParameterizedTest(name = "{0} on {1} by {2}")
  @MethodSource("everyActionStateAndRole")
  void thePolicyAnswersAsTheHandWrittenListSays(
      DialogueAction action, PreReportState state, Role role) {
    Rule rule = LISTED.get(action);
    Optional<ErrorCode> expected =
        rule.role() != role
            ? Optional.of(ErrorCode.FORBIDDEN)
            : rule.states().contains(state)
                ? Optional.empty()
                : Optional.of(ErrorCode.INVALID_STATE);

    assertEquals(expected, policy.check(action, state, Set.of(role)).map(Rejection::code));
  }
}
