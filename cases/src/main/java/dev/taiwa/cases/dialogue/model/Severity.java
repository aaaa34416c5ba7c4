package dev.taiwa.cases.dialogue.model;

/** How grave an officer judges a concern. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
