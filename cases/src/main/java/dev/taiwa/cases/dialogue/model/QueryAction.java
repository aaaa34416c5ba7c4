package dev.taiwa.cases.dialogue.model;

/** What can be done to an asked query; who and when: {@link QueryTransitions}. */
public enum QueryAction {
  ANSWER,
  WITHDRAW
}
