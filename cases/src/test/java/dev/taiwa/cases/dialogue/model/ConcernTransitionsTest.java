package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.ConcernAction.*;
import static dev.taiwa.cases.dialogue.model.ConcernState.*;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.HandWrittenTransitions;
import dev.taiwa.cases.kernel.HandWrittenTransitions.Allowed;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The concern ledger's table against a hand-written list of every allowed move. */
class ConcernTransitionsTest {
  private static final List<Allowed<ConcernState, ConcernAction>> ALLOWED =
      List.of(
          new Allowed<>(RAISED, ANSWER, FILER, ANSWERED),
          new Allowed<>(ANSWERED, ANSWER, FILER, ANSWERED),
          new Allowed<>(UNRESOLVED, ANSWER, FILER, ANSWERED),
          new Allowed<>(RAISED, RESOLVE, DIALOGUE_OFFICER, RESOLVED),
          new Allowed<>(ANSWERED, RESOLVE, DIALOGUE_OFFICER, RESOLVED),
          new Allowed<>(UNRESOLVED, RESOLVE, DIALOGUE_OFFICER, RESOLVED),
          new Allowed<>(RAISED, MARK_UNRESOLVED, DIALOGUE_OFFICER, UNRESOLVED),
          new Allowed<>(ANSWERED, MARK_UNRESOLVED, DIALOGUE_OFFICER, UNRESOLVED),
          new Allowed<>(RESOLVED, MARK_UNRESOLVED, DIALOGUE_OFFICER, UNRESOLVED));

  private static final HandWrittenTransitions<ConcernState, ConcernAction> CHECK =
      new HandWrittenTransitions<>(ConcernTransitions.TABLE, ALLOWED);

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      ConcernState state, ConcernAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }

  @Test
  void aJudgementMayBeChangedAgainEitherWay() {
    assertEquals(
        Optional.of(UNRESOLVED),
        ConcernTransitions.TABLE.next(RESOLVED, MARK_UNRESOLVED, Set.of(DIALOGUE_OFFICER)));
    assertEquals(
        Optional.of(RESOLVED),
        ConcernTransitions.TABLE.next(UNRESOLVED, RESOLVE, Set.of(DIALOGUE_OFFICER)));
  }
}
