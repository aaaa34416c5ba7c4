package dev.taiwa.cases.catalogue;

/** Where a listed technology stands in a catalogue revision. */
public enum TechnologyStatus {
  /** Under public comment, not yet reportable. */
  PROPOSED,
  /** Reportable from its effective-from date. */
  EFFECTIVE,
  /** No longer reportable. */
  WITHDRAWN
}
