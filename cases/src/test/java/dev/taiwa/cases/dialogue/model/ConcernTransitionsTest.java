package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.ConcernAction.*;
import static dev.taiwa.cases.dialogue.model.ConcernState.*;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
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
  private record Allowed(ConcernState from, ConcernAction action, Role role, ConcernState to) {}

  private static final List<Allowed> ALLOWED =
      List.of(
          new Allowed(RAISED, ANSWER, FILER, ANSWERED),
          new Allowed(ANSWERED, ANSWER, FILER, ANSWERED),
          new Allowed(UNRESOLVED, ANSWER, FILER, ANSWERED),
          new Allowed(RAISED, RESOLVE, DIALOGUE_OFFICER, RESOLVED),
          new Allowed(ANSWERED, RESOLVE, DIALOGUE_OFFICER, RESOLVED),
          new Allowed(UNRESOLVED, RESOLVE, DIALOGUE_OFFICER, RESOLVED),
          new Allowed(RAISED, MARK_UNRESOLVED, DIALOGUE_OFFICER, UNRESOLVED),
          new Allowed(ANSWERED, MARK_UNRESOLVED, DIALOGUE_OFFICER, UNRESOLVED),
          new Allowed(RESOLVED, MARK_UNRESOLVED, DIALOGUE_OFFICER, UNRESOLVED));

  static Stream<Arguments> everyStateActionAndRole() {
    return Stream.of(ConcernState.values())
        .flatMap(
            s ->
                Stream.of(ConcernAction.values())
                    .flatMap(a -> Stream.of(Role.values()).map(r -> Arguments.of(s, a, r))));
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      ConcernState state, ConcernAction action, Role role) {
    Optional<Allowed> allowed =
        ALLOWED.stream()
            .filter(a -> a.from() == state && a.action() == action && a.role() == role)
            .findFirst();
    boolean anyRoleMay = ALLOWED.stream().anyMatch(a -> a.from() == state && a.action() == action);

    assertEquals(
        allowed.map(Allowed::to), ConcernTransitions.TABLE.next(state, action, Set.of(role)));
    Optional<ErrorCode> refusal =
        ConcernTransitions.TABLE.check(state, action, Set.of(role)).map(Rejection::code);
    assertEquals(
        allowed.isPresent()
            ? Optional.empty()
            : Optional.of(anyRoleMay ? ErrorCode.FORBIDDEN : ErrorCode.INVALID_STATE),
        refusal);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    assertEquals(ALLOWED.size(), ConcernTransitions.TABLE.rows().size());
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
