package dev.taiwa.cases.patent.compensation.model;

import static dev.taiwa.cases.kernel.Role.SECURITY_REVIEWER;
import static dev.taiwa.cases.patent.compensation.model.CompensationAction.*;
import static dev.taiwa.cases.patent.compensation.model.CompensationState.*;

import dev.taiwa.cases.kernel.HandWrittenTransitions;
import dev.taiwa.cases.kernel.HandWrittenTransitions.Allowed;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The compensation claim's life against a hand-written list: every state x action x role. */
class CompensationTransitionsTest {
  private static final HandWrittenTransitions<CompensationState, CompensationAction> CHECK =
      new HandWrittenTransitions<>(
          CompensationTransitions.TABLE,
          List.of(
              new Allowed<>(CLAIMED, ADD_ASSESSMENT_NOTE, SECURITY_REVIEWER, CLAIMED),
              new Allowed<>(CLAIMED, DECIDE, SECURITY_REVIEWER, DECIDED)));

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      CompensationState state, CompensationAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }
}
