package dev.taiwa.cases.access.application;

import dev.taiwa.cases.access.AccessGrantEvent;
import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Rejection;
import java.time.Instant;
import java.util.List;

/** The audit entries of the grant commands: one per accepted change, one per refusal. */
final class GrantAuditEntries {
  private GrantAuditEntries() {}

  /** The ACCEPTED entry recording {@code event} on the grant's case. */
  static AuditEntry accepted(Actor actor, AccessGrantEvent event) {
    return AuditEntry.accepted(actor, event);
  }

  /** The REJECTED entry of a refused {@code action}, naming each code and field at fault. */
  static AuditEntry rejected(
      Actor actor, CaseId caseId, AuditAction action, List<Rejection> rejections, Instant at) {
    return AuditEntry.refused(actor, caseId, action, rejections, at);
  }
}
