package dev.taiwa.cases.kernel;

/** The kind of case a tracked deadline or notification belongs to. */
public enum CaseKind {
  PRE_REPORT,
  PATENT_APPLICATION
}
