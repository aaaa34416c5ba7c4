package dev.taiwa.cases.dialogue.model;

import static dev.taiwa.cases.dialogue.model.QueryAction.ANSWER;
import static dev.taiwa.cases.dialogue.model.QueryAction.WITHDRAW;
import static dev.taiwa.cases.dialogue.model.QueryState.ANSWERED;
import static dev.taiwa.cases.dialogue.model.QueryState.OPEN;
import static dev.taiwa.cases.dialogue.model.QueryState.WITHDRAWN;
import static dev.taiwa.cases.kernel.Role.DIALOGUE_OFFICER;
import static dev.taiwa.cases.kernel.Role.FILER;

import dev.taiwa.cases.kernel.TransitionTable;

/**
 * A query to the company: the company's filer answers it once, or the officer withdraws it while it
 * is open. Either ends it, and restarts the officials' clocks it stopped.
 */
public final class QueryTransitions {
  public static final TransitionTable<QueryState, QueryAction> TABLE =
      TransitionTable.builder(QueryState.class, QueryAction.class)
          .allow(OPEN, ANSWER, ANSWERED, FILER)
          .allow(OPEN, WITHDRAW, WITHDRAWN, DIALOGUE_OFFICER)
          .build();

  private QueryTransitions() {}
}
