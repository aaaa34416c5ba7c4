package dev.taiwa.cases.deadline.tracking;

/** The kind of case a tracked deadline or notification belongs to. */
public enum CaseKind {
  PRE_REPORT,
  PATENT_APPLICATION
}
