package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.QueryAction.*;
import static dev.taiwa.cases.dialogue.model.QueryState.*;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;

import dev.taiwa.cases.kernel.HandWrittenTransitions;
import dev.taiwa.cases.kernel.HandWrittenTransitions.Allowed;
import dev.taiwa.cases.kernel.Role;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The query table against a hand-written list of every allowed (state, action, role). */
class QueryTransitionsTest {
  private static final List<Allowed<QueryState, QueryAction>> ALLOWED =
      List.of(
          new Allowed<>(OPEN, ANSWER, FILER, ANSWERED),
          new Allowed<>(OPEN, WITHDRAW, DIALOGUE_OFFICER, WITHDRAWN));

  private static final HandWrittenTransitions<QueryState, QueryAction> CHECK =
      new HandWrittenTransitions<>(QueryTransitions.TABLE, ALLOWED);

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(QueryState state, QueryAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }
}
