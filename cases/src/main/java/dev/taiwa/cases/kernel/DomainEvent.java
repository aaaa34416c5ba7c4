package dev.taiwa.cases.kernel;

import java.time.Instant;

/** Something that happened to a case, in the past tense. Every accepted change produces events. */
public interface DomainEvent {
  CaseId caseId();

  Instant occurredAt();

  /** A short, stable machine name such as {@code PRE_REPORT_SUBMITTED}; used as audit action. */
  String type();

  /** One human-readable line describing the change, for the audit trail. */
  String summary();
}
