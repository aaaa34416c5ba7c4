package dev.taiwa.cases.kernel;

import java.time.Instant;

/** Something that happened to a case, in the past tense. Every accepted change produces events. */
public interface DomainEvent {
  CaseId caseId();

  Instant occurredAt();

  /** What the audit log records the event as, such as {@link AuditAction#PRE_REPORT_SUBMITTED}. */
  AuditAction type();

  /** One human-readable line describing the change, for the audit trail. */
  String summary();
}
