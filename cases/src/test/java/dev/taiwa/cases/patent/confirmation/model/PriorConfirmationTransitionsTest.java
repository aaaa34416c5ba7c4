package dev.taiwa.cases.patent.confirmation.model;

import static dev.taiwa.cases.kernel.Role.PATENT_EXAMINER;
import static dev.taiwa.cases.kernel.Role.SECURITY_REVIEWER;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction.*;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.HandWrittenTransitions;
import dev.taiwa.cases.kernel.HandWrittenTransitions.Allowed;
import dev.taiwa.cases.kernel.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The prior-confirmation life cycle against a hand-written list: every state x action x role. */
class PriorConfirmationTransitionsTest {
  private static final List<Allowed<PriorConfirmationState, PriorConfirmationAction>> ALLOWED =
      List.of(
          new Allowed<>(REQUESTED, SEND_FOR_CONSULTATION, PATENT_EXAMINER, IN_CONSULTATION),
          new Allowed<>(IN_CONSULTATION, RECORD_CONSULTATION, SECURITY_REVIEWER, CONSULTED),
          new Allowed<>(REQUESTED, ANSWER, PATENT_EXAMINER, ANSWERED),
          new Allowed<>(CONSULTED, ANSWER, PATENT_EXAMINER, ANSWERED));

  private static final HandWrittenTransitions<PriorConfirmationState, PriorConfirmationAction>
      CHECK = new HandWrittenTransitions<>(PriorConfirmationTransitions.TABLE, ALLOWED);

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      PriorConfirmationState state, PriorConfirmationAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }

  @Test
  void anAnsweredRequestIsFinal() {
    assertTrue(
        PriorConfirmationTransitions.TABLE
            .availableActions(ANSWERED, EnumSet.allOf(Role.class))
            .isEmpty());
  }
}
