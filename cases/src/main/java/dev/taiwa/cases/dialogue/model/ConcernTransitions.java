package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.ConcernAction.ANSWER;
import static dev.taiwa.cases.dialogue.model.ConcernAction.MARK_UNRESOLVED;
import static dev.taiwa.cases.dialogue.model.ConcernAction.RESOLVE;
import static dev.taiwa.cases.dialogue.model.ConcernState.ANSWERED;
import static dev.taiwa.cases.dialogue.model.ConcernState.RAISED;
import static dev.taiwa.cases.dialogue.model.ConcernState.RESOLVED;
import static dev.taiwa.cases.dialogue.model.ConcernState.UNRESOLVED;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;

import dev.taiwa.cases.kernel.TransitionTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The concern ledger: the company answers (mitigations, commitments) until the officer judges the
 * concern; the judgement (resolved / unresolved) may be changed again while the case is open, and
 * the company may answer an unresolved concern again.
 */
public final class ConcernTransitions {
  public static final TransitionTable<ConcernState, ConcernAction> TABLE =
      TransitionTable.builder(ConcernState.class, ConcernAction.class)
          .allow(EnumSet.of(RAISED, ANSWERED, UNRESOLVED), ANSWER, ANSWERED, Set.of(FILER))
          .allow(
              EnumSet.of(RAISED, ANSWERED, UNRESOLVED), RESOLVE, RESOLVED, Set.of(DIALOGUE_OFFICER))
          .allow(
              EnumSet.of(RAISED, ANSWERED, RESOLVED),
              MARK_UNRESOLVED,
              UNRESOLVED,
              Set.of(DIALOGUE_OFFICER))
          .build();

  private ConcernTransitions() {}
}
