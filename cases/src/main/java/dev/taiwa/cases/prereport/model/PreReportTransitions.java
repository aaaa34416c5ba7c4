package dev.taiwa.cases.prereport.model;

import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;
import static dev.taiwa.cases.prereport.model.PreReportAction.*;
import static dev.taiwa.cases.prereport.model.PreReportState.*;

import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.kernel.TransitionTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The whole Track A life cycle as one table (state x action -> state, roles). Organisation scoping
 * (a filer acts only on its own organisation's cases) is the access policy's, not the table's.
 */
public final class PreReportTransitions {
  private static final Set<PreReportState> OPEN =
      EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, IN_DIALOGUE, INFORM_ISSUED, LICENCE_APPLIED);

  public static final TransitionTable<PreReportState, PreReportAction> TABLE =
      TransitionTable.builder(PreReportState.class, PreReportAction.class)
          .allow(DRAFT, UPDATE_DRAFT, DRAFT, FILER)
          .allow(DRAFT, SUBMIT, SUBMITTED, FILER)
          .allow(SUBMITTED, START_REVIEW, UNDER_REVIEW, DIALOGUE_OFFICER)
          .allow(
              EnumSet.of(SUBMITTED, UNDER_REVIEW),
              MARK_NOT_REPORTABLE,
              NOT_REPORTABLE,
              Set.of(DIALOGUE_OFFICER))
          .allow(UNDER_REVIEW, START_DIALOGUE, IN_DIALOGUE, DIALOGUE_OFFICER)
          .allow(
              EnumSet.of(UNDER_REVIEW, IN_DIALOGUE),
              CLOSE_NO_CONCERN,
              CLOSED_NO_CONCERN,
              Set.of(DIALOGUE_OFFICER))
          .allow(IN_DIALOGUE, CLOSE_MEASURES_AGREED, CLOSED_MEASURES_AGREED, DIALOGUE_OFFICER)
          .allow(IN_DIALOGUE, ISSUE_INFORM, INFORM_ISSUED, DIALOGUE_OFFICER)
          .allow(INFORM_ISSUED, APPLY_FOR_LICENCE, LICENCE_APPLIED, FILER)
          .allow(LICENCE_APPLIED, GRANT_LICENCE, LICENCE_GRANTED, DIALOGUE_OFFICER)
          .allow(
              LICENCE_APPLIED,
              GRANT_LICENCE_WITH_CONDITIONS,
              LICENCE_GRANTED_WITH_CONDITIONS,
              DIALOGUE_OFFICER)
          .allow(LICENCE_APPLIED, REFUSE_LICENCE, LICENCE_REFUSED, DIALOGUE_OFFICER)
          .allow(OPEN, WITHDRAW, WITHDRAWN, Set.of(FILER))
          .build();

  private PreReportTransitions() {}

  /** Roles that appear anywhere in the table. */
  public static Set<Role> rolesInvolved() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    TABLE.rows().forEach(r -> roles.addAll(r.roles()));
    return roles;
  }
}
