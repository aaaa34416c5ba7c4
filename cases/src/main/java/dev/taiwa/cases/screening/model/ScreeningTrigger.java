package dev.taiwa.cases.screening.model;

/** Why a case was screened. */
public enum ScreeningTrigger {
  /** The filer submitted the pre-report. */
  SUBMISSION,
  /** An official or the filer asked for it. */
  ON_DEMAND,
  /** A new version of a list was imported and every open case was screened against it. */
  LIST_VERSION_IMPORTED
}
