package dev.taiwa.cases.prereport.model;

/** Whether a planned transfer must be pre-reported. */
public enum ApplicabilityVerdict {
  REPORTABLE,
  NOT_REPORTABLE,
  UNCERTAIN
}
