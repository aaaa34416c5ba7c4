package dev.taiwa.cases.audit;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Result;
import java.util.List;

/** Auditors' and officials' reads of the audit log, and verification of its chain. */
public final class AuditTrail {
  private final AuditLog log;

  public AuditTrail(AuditLog log) {
    this.log = log;
  }

  /** The case's events, oldest first; refused (FORBIDDEN) for roles that may not read the log. */
  public Result<List<AuditEvent>> forCase(Actor actor, CaseId caseId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Recomputes every hash and link in sequence order; reports the first broken event. */
  public ChainVerification verify() {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
