package dev.taiwa.cases.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Checks a transition table against an independent, hand-written list of the allowed (from, action,
 * role, to) rows: every state x action x role must answer as the list says, with FORBIDDEN where
 * another role may and INVALID_STATE where nobody may.
 */
public final class HandWrittenTransitions<S extends Enum<S>, A extends Enum<A>> {

  /** One allowed row of the hand-written list. */
  public record Allowed<S, A>(S from, A action, Role role, S to) {}

  private final TransitionTable<S, A> table;
  private final List<Allowed<S, A>> allowed;

  public HandWrittenTransitions(TransitionTable<S, A> table, List<Allowed<S, A>> allowed) {
    this.table = table;
    this.allowed = List.copyOf(allowed);
  }

  /** Every (state, action, role) triple, for a parameterized test. */
  public Stream<Arguments> everyStateActionAndRole() {
    return Stream.of(table.stateType().getEnumConstants())
        .flatMap(
            s ->
                Stream.of(table.actionType().getEnumConstants())
                    .flatMap(a -> Stream.of(Role.values()).map(r -> Arguments.of(s, a, r))));
  }

  public void assertTheTableAnswersAsListed(S state, A action, Role role) {
    Optional<Allowed<S, A>> row =
        allowed.stream()
            .filter(a -> a.from() == state && a.action() == action && a.role() == role)
            .findFirst();
    boolean anyRoleMay = allowed.stream().anyMatch(a -> a.from() == state && a.action() == action);

    assertEquals(row.map(Allowed::to), table.next(state, action, Set.of(role)));
    Optional<ErrorCode> refusal = table.check(state, action, Set.of(role)).map(Rejection::code);
    if (row.isPresent()) {
      assertEquals(Optional.empty(), refusal);
    } else if (anyRoleMay) {
      assertEquals(Optional.of(ErrorCode.FORBIDDEN), refusal);
    } else {
      assertEquals(Optional.of(ErrorCode.INVALID_STATE), refusal);
    }
  }

  public void assertNoRowBeyondTheList() {
    long pairs = allowed.stream().map(a -> List.of(a.from(), a.action())).distinct().count();
    assertEquals(pairs, table.rows().size());
  }
}
