package dev.taiwa.cases.prereport.port;

/** What a pre-report list is sorted by; ties are broken by the report's id. */
public enum PreReportSort {
  /** When the report was created (the default list order, newest first). */
  CREATED,
  /** The filing date; a draft, not filed yet, counts from its creation. */
  FILED,
  /** The planned transaction date; a report without one sorts after every date. */
  PLANNED,
  /** The earliest open deadline of the case; a case without one sorts after every date. */
  NEXT_DUE,
  /** The reference number (受付番号). */
  REFERENCE
}
