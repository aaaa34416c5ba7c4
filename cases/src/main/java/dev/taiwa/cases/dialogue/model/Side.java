package dev.taiwa.cases.dialogue.model;

/** Which side of the dialogue owns a follow-up action. */
public enum Side {
  COMPANY,
  GOVERNMENT
}
