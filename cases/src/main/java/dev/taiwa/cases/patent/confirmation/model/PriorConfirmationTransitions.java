package dev.taiwa.cases.patent.confirmation.model;

import static dev.taiwa.cases.kernel.Role.PATENT_EXAMINER;
import static dev.taiwa.cases.kernel.Role.SECURITY_REVIEWER;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationAction.*;
import static dev.taiwa.cases.patent.confirmation.model.PriorConfirmationState.*;

import dev.taiwa.cases.kernel.TransitionTable;

/**
 * The life of a prior-confirmation request as one table. The examiner answers at once, or first
 * consults the Cabinet Office, whose answer a security reviewer records; then the examiner answers.
 * Asking (by the company's filer) creates the request and is no row of the table.
 */
public final class PriorConfirmationTransitions {
  public static final TransitionTable<PriorConfirmationState, PriorConfirmationAction> TABLE =
      TransitionTable.builder(PriorConfirmationState.class, PriorConfirmationAction.class)
          .allow(REQUESTED, SEND_FOR_CONSULTATION, IN_CONSULTATION, PATENT_EXAMINER)
          .allow(IN_CONSULTATION, RECORD_CONSULTATION, CONSULTED, SECURITY_REVIEWER)
          .allow(REQUESTED, ANSWER, ANSWERED, PATENT_EXAMINER)
          .allow(CONSULTED, ANSWER, ANSWERED, PATENT_EXAMINER)
          .build();

  private PriorConfirmationTransitions() {}
}
