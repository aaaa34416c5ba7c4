package dev.taiwa.cases.patent.model;

import static dev.taiwa.cases.kernel.Role.FILER;
import static dev.taiwa.cases.kernel.Role.PATENT_EXAMINER;
import static dev.taiwa.cases.kernel.Role.SECURITY_REVIEWER;
import static dev.taiwa.cases.patent.model.PatentAction.*;
import static dev.taiwa.cases.patent.model.PatentState.*;
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

/** The Track B life cycle against a list written out by hand: every state x action x role. */
class PatentTransitionsTest {
  private static final TransitionTable<PatentState, PatentAction> TABLE = PatentTransitions.TABLE;

  private static final List<Allowed<PatentState, PatentAction>> ALLOWED =
      List.of(
          new Allowed<>(UNDER_SCREENING, SEND_TO_REVIEW, PATENT_EXAMINER, SENT_TO_REVIEW),
          new Allowed<>(UNDER_SCREENING, DECIDE_NOT_SENT, PATENT_EXAMINER, NOT_SENT),
          new Allowed<>(UNDER_SCREENING, REQUEST_SECURITY_REVIEW, FILER, SENT_TO_REVIEW),
          new Allowed<>(NOT_SENT, REQUEST_SECURITY_REVIEW, FILER, SENT_TO_REVIEW),
          new Allowed<>(
              SENT_TO_REVIEW, START_SECURITY_REVIEW, SECURITY_REVIEWER, UNDER_SECURITY_REVIEW),
          new Allowed<>(
              UNDER_SECURITY_REVIEW, ISSUE_PRIOR_NOTICE, SECURITY_REVIEWER, PRIOR_NOTICE_ISSUED),
          new Allowed<>(PRIOR_NOTICE_ISSUED, MAINTAIN_APPLICATION, FILER, APPLICATION_MAINTAINED),
          new Allowed<>(APPLICATION_MAINTAINED, DESIGNATE, SECURITY_REVIEWER, DESIGNATED),
          new Allowed<>(
              UNDER_SECURITY_REVIEW, DECIDE_NOT_DESIGNATED, SECURITY_REVIEWER, NOT_DESIGNATED),
          new Allowed<>(
              PRIOR_NOTICE_ISSUED, DECIDE_NOT_DESIGNATED, SECURITY_REVIEWER, NOT_DESIGNATED),
          new Allowed<>(
              APPLICATION_MAINTAINED, DECIDE_NOT_DESIGNATED, SECURITY_REVIEWER, NOT_DESIGNATED),
          new Allowed<>(DESIGNATED, EXTEND_DESIGNATION, SECURITY_REVIEWER, DESIGNATED),
          new Allowed<>(DESIGNATED, LIFT_DESIGNATION, SECURITY_REVIEWER, LIFTED),
          new Allowed<>(DESIGNATED, EXPIRE_DESIGNATION, SECURITY_REVIEWER, EXPIRED),
          new Allowed<>(UNDER_SCREENING, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(SENT_TO_REVIEW, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(UNDER_SECURITY_REVIEW, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(PRIOR_NOTICE_ISSUED, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(APPLICATION_MAINTAINED, WITHDRAW, FILER, WITHDRAWN),
          new Allowed<>(PRIOR_NOTICE_ISSUED, DISMISS, SECURITY_REVIEWER, DISMISSED));

  private static final HandWrittenTransitions<PatentState, PatentAction> CHECK =
      new HandWrittenTransitions<>(TABLE, ALLOWED);

  static Stream<Arguments> everyStateActionAndRole() {
    return CHECK.everyStateActionAndRole();
  }

  @ParameterizedTest(name = "{0} x {1} by {2}")
  @MethodSource("everyStateActionAndRole")
  void theTableAnswersAsTheHandWrittenListSays(PatentState state, PatentAction action, Role role) {
    CHECK.assertTheTableAnswersAsListed(state, action, role);
  }

  @Test
  void theTableHasNoRowBeyondTheHandWrittenList() {
    CHECK.assertNoRowBeyondTheList();
  }

  @Test
  void everyStateButOutsideScreeningIsReachableFromScreening() {
    Set<PatentState> reached = EnumSet.of(UNDER_SCREENING);
    Deque<PatentState> todo = new ArrayDeque<>(List.of(UNDER_SCREENING));
    while (!todo.isEmpty()) {
      PatentState from = todo.pop();
      for (var row : TABLE.rows()) {
        if (row.from() == from && reached.add(row.to())) {
          todo.push(row.to());
        }
      }
    }
    assertEquals(EnumSet.complementOf(EnumSet.of(OUTSIDE_SCREENING)), reached);
  }

  @Test
  void designationComesOnlyAfterTheApplicantMaintainedTheApplication() {
    assertEquals(
        List.of(APPLICATION_MAINTAINED),
        TABLE.rows().stream().filter(r -> r.action() == DESIGNATE).map(r -> r.from()).toList());
  }

  @Test
  void aDesignatedApplicationCannotBeWithdrawn() {
    assertTrue(TABLE.next(DESIGNATED, WITHDRAW, EnumSet.allOf(Role.class)).isEmpty());
  }

  @Test
  void contentIsSecretFromSendingToReviewUntilTheDesignationEnds() {
    assertEquals(
        EnumSet.of(
            SENT_TO_REVIEW,
            UNDER_SECURITY_REVIEW,
            PRIOR_NOTICE_ISSUED,
            APPLICATION_MAINTAINED,
            DESIGNATED),
        secretStates());
  }
}
