package dev.taiwa.cases.patent.compensation.model;

import static dev.taiwa.cases.kernel.Role.SECURITY_REVIEWER;
import static dev.taiwa.cases.patent.compensation.model.CompensationAction.*;
import static dev.taiwa.cases.patent.compensation.model.CompensationState.*;

import dev.taiwa.cases.kernel.TransitionTable;

/**
 * The life of a compensation claim as one table: the Cabinet Office assesses (notes) and decides.
 * Claiming (by an applicant's filer) creates the claim and is no row of the table.
 */
public final class CompensationTransitions {
  public static final TransitionTable<CompensationState, CompensationAction> TABLE =
      TransitionTable.builder(CompensationState.class, CompensationAction.class)
          .allow(CLAIMED, ADD_ASSESSMENT_NOTE, CLAIMED, SECURITY_REVIEWER)
          .allow(CLAIMED, DECIDE, DECIDED, SECURITY_REVIEWER)
          .build();

  private CompensationTransitions() {}
}
