package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.prereport.model.PreReportState.IN_DIALOGUE;
import static dev.taiwa.cases.prereport.model.PreReportState.UNDER_REVIEW;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TransitionTable;
import dev.taiwa.cases.prereport.model.PreReportState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where in a case's life each dialogue change may happen and which roles make it. Creating a
 * meeting or a concern is declared here; the roles of every other change come from the meeting and
 * concern transition tables, so this policy, the use cases and the access matrix cannot disagree.
 */
public final class DialogueCasePolicy {
  /** The dialogue runs while the case is under review or in dialogue. */
  public static final Set<PreReportState> DIALOGUE_STATES =
      Collections.unmodifiableSet(EnumSet.of(UNDER_REVIEW, IN_DIALOGUE));

  /** A case officer is assigned to a filed case while it is open. */
  public static final Set<PreReportState> ASSIGNMENT_STATES =
      Collections.unmodifiableSet(
          EnumSet.of(
              PreReportState.SUBMITTED,
              UNDER_REVIEW,
              IN_DIALOGUE,
              PreReportState.INFORM_ISSUED,
              PreReportState.LICENCE_APPLIED));

  private static final Map<DialogueAction, Set<Role>> ROLES = roles();

  private static Map<DialogueAction, Set<Role>> roles() {
    Map<DialogueAction, Set<Role>> roles = new EnumMap<>(DialogueAction.class);
    roles.put(DialogueAction.SCHEDULE_MEETING, EnumSet.of(Role.DIALOGUE_OFFICER));
    roles.put(DialogueAction.RAISE_CONCERN, EnumSet.of(Role.DIALOGUE_OFFICER));
    roles.put(DialogueAction.ASSIGN_CASE_OFFICER, EnumSet.of(Role.DIALOGUE_OFFICER));
    roles.put(
        DialogueAction.RESCHEDULE_MEETING,
        rolesOf(MeetingTransitions.TABLE, MeetingAction.RESCHEDULE));
    roles.put(
        DialogueAction.CANCEL_MEETING, rolesOf(MeetingTransitions.TABLE, MeetingAction.CANCEL));
    roles.put(
        DialogueAction.RECORD_MEETING_HELD,
        rolesOf(MeetingTransitions.TABLE, MeetingAction.RECORD_HELD));
    roles.put(
        DialogueAction.ANSWER_CONCERN, rolesOf(ConcernTransitions.TABLE, ConcernAction.ANSWER));
    roles.put(
        DialogueAction.RESOLVE_CONCERN, rolesOf(ConcernTransitions.TABLE, ConcernAction.RESOLVE));
    roles.put(
        DialogueAction.MARK_CONCERN_UNRESOLVED,
        rolesOf(ConcernTransitions.TABLE, ConcernAction.MARK_UNRESOLVED));
    roles.put(DialogueAction.ASK_QUERY, EnumSet.of(Role.DIALOGUE_OFFICER));
    roles.put(DialogueAction.ANSWER_QUERY, rolesOf(QueryTransitions.TABLE, QueryAction.ANSWER));
    roles.put(DialogueAction.WITHDRAW_QUERY, rolesOf(QueryTransitions.TABLE, QueryAction.WITHDRAW));
    return Collections.unmodifiableMap(roles);
  }

  /** The roles that may make {@code action} (on a case they may act on). */
  public Set<Role> rolesFor(DialogueAction action) {
    return ROLES.get(action);
  }

  /** The case states in which {@code action} is allowed. */
  public Set<PreReportState> caseStatesFor(DialogueAction action) {
    return action == DialogueAction.ASSIGN_CASE_OFFICER ? ASSIGNMENT_STATES : DIALOGUE_STATES;
  }

  /**
   * Why {@code action} by a caller with {@code rolesOnCase} on a case in {@code caseState} is
   * refused: FORBIDDEN for the wrong role, INVALID_STATE outside the dialogue states.
   */
  public Optional<Rejection> check(
      DialogueAction action, PreReportState caseState, Set<Role> rolesOnCase) {
    if (rolesFor(action).stream().noneMatch(rolesOnCase::contains)) {
      return Optional.of(
          Rejection.of(ErrorCode.FORBIDDEN, action + " requires one of " + rolesFor(action)));
    }
    if (!caseStatesFor(action).contains(caseState)) {
      return Optional.of(
          Rejection.of(
              ErrorCode.INVALID_STATE, "Cannot " + action + " on a case in state " + caseState));
    }
    return Optional.empty();
  }

  /** The role a user must hold to be assigned as a case's officer. */
  public Role assigneeRole() {
    return Role.DIALOGUE_OFFICER;
  }

  /**
   * True when the caller reads the dialogue as an official (everything) rather than the company.
   */
  public boolean seesInternalNotes(Set<Role> rolesOnCase) {
    return rolesOnCase.contains(Role.DIALOGUE_OFFICER);
  }

  private static <S extends Enum<S>, A extends Enum<A>> Set<Role> rolesOf(
      TransitionTable<S, A> table, A action) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    table.rows().stream().filter(r -> r.action() == action).forEach(r -> roles.addAll(r.roles()));
    return Collections.unmodifiableSet(roles);
  }
}
