package dev.taiwa.cases.prereport.model;

import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;
import static dev.taiwa.cases.prereport.model.PreReportAction.*;
import static dev.taiwa.cases.prereport.model.PreReportState.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.kernel.HandWrittenTransitions;
import dev.taiwa.cases.kernel.HandWrittenTransitions.Allowed;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TransitionTable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Track A life cycle, checked against a list written out by hand here: if the table and this
 * list disagree on any (state, action, role), one of them is wrong.
 */
class PreReportTransitionsTest {
  private static final TransitionTable<PreReportState, PreReportAction> TABLE =
      PreReportTransitions.TABLE;

  /** Every (from, action, role) allowed, and where it leads. Nothing else is allowed. */
  private static final List<Allowed<PreReportState, PreReportAction>> ALLOWED =
      List.of(
          new Allowed<>(DRAFT, UPDATE_DRAFT, FILER, DRAFT),
          new Allowed<>(DRAFT, SUBMIT, FILER, SUBMITTED),
          new Allowed<>(SUBMITTED, START_REVIEW, DIALOGUE_OFFICER, UNDER_REVIEW),
          new Allowed<>(SUBMITTED, MARK_NOT_REPORTABLE, DIALOGUE_OFFICER, NOT_REPORTABLE),
          new Allowed<>(UNDER_REVIEW, MARK_NOT_REPORTABLE, DIALOGUE_OFFICER, NOT_REPORTABLE),
          new Allowed<>(UNDER_REVIEW, START_DIALOGUE, DIALOGUE_OFFICER, IN_DIALOGUE),
          new Allowed<>(UNDER_REVIEW, CLOSE_NO_CONCERN, DIALOGUE_OFFICER, CLOSED_NO_CONCERN),
          new Allowed<>(IN_DIALOGUE, CLOSE_NO_CONCERN, DIALOGUE_OFFICER, CLOSED_NO_CONCERN),
          new Allowed<>(
              IN_DIALOGUE, CLOSE_MEASURES_AGREED, DIALOGUE_OFFICER, CLOSED_MEASURES_AGREED),
          new Allowed<>(IN_DIALOGUE, ISSUE_INFORM, DIALOGUE_OFFICER, INFORM_ISSUED),
          new Allowed<>(INFORM_ISSUED, APPLY_FOR_LICENCE, FILER, LICENCE_APPLIED),
          new Allowed<>(LICENCE_APPLIED, GRANT_LICENCE, DIALOGUE_OFFICER, LICENCE_GRANTED),
          new Allowed<>(
              LICENCE_APPLIED,
              GRANT_LICENCE_WITH_CONDITIONS,
              DIALOGUE_OFFICER,
              LICENCE_GRANTED_WITH_CONDITIONS),
          new Allowed<>(LICENCE_APPLIED, REFUSE_LICENCE, DIALOGUE_OFFICER, LICENCE_REFUSED),
          new Allowed<>(DRAFT, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(SUBMITTED, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(UNDER_REVIEW, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(IN_DIALOGUE, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(INFORM_ISSUED, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(LICENCE_APPLIED, WITHDRAW, FILER, WITHDRAWN));

  private static final HandWrittenTransitions<PreReportState, PreReportAction> CHECK =
      new HandWrittenTransitions<>(TABLE, ALLOWED);

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(
      PreReportState state, PreReportAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }

  @Test
  void everyStateIsReachableFromDraft() {
    Set<PreReportState> reached = EnumSet.of(DRAFT);
    Deque<PreReportState> todo = new ArrayDeque<>(List.of(DRAFT));
    while (!todo.isEmpty()) {
      PreReportState from = todo.pop();
      for (var row : TABLE.rows()) {
        if (row.from() == from && reached.add(row.to())) {
          todo.push(row.to());
        }
      }
    }
    assertEquals(EnumSet.allOf(PreReportState.class), reached);
  }

  @Test
  void noRowLeavesAClosedState() {
    for (var row : TABLE.rows()) {
      assertTrue(row.from().isOpen(), () -> "row leaves closed state " + row.from());
    }
  }

  @Test
  void aFilerMayWithdrawFromEveryOpenState() {
    for (PreReportState state : PreReportState.values()) {
      assertEquals(
          state.isOpen(),
          TABLE.next(state, WITHDRAW, Set.of(FILER)).isPresent(),
          () -> "withdraw from " + state);
    }
  }
}
