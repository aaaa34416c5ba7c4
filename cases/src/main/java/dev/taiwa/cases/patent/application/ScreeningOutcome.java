package dev.taiwa.cases.patent.application;

import dev.taiwa.cases.patent.model.PatentAction;

/** The examiner's first-screening decision. */
public enum ScreeningOutcome {
  SEND_TO_REVIEW(PatentAction.SEND_TO_REVIEW),
  NOT_SENT(PatentAction.DECIDE_NOT_SENT);

  private final PatentAction action;

  ScreeningOutcome(PatentAction action) {
    this.action = action;
  }

  public PatentAction action() {
    return action;
  }
}
