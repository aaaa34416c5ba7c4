package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.DomainEvent;
import java.time.Instant;

/**
 * What happened to a need-to-know grant, in the past tense; each becomes one audit event on the
 * grant's case. Summaries name the grantee, the case, the reason and the expiry.
 */
public sealed interface AccessGrantEvent extends DomainEvent {

  AccessGrant grant();

  /** The grantee as the audit trail names them: user name and id. */
  String granteeName();

  @Override
  default CaseId caseId() {
    return grant().caseId();
  }

  /** A named user was granted access to a case until an expiry. */
  record AccessGranted(AccessGrant grant, String granteeName) implements AccessGrantEvent {
    @Override
    public Instant occurredAt() {
      return grant.grantedAt();
    }

    @Override
    public AuditAction type() {
      return AuditAction.ACCESS_GRANTED;
    }

    @Override
    public String summary() {
      return "Granted "
          + granteeName
          + " access to case "
          + grant.caseId()
          + " until "
          + grant.expiresAt()
          + " (grant "
          + grant.id()
          + "): "
          + grant.reason();
    }
  }

  /** A grant was ended before its expiry. */
  record AccessRevoked(AccessGrant grant, String granteeName) implements AccessGrantEvent {
    @Override
    public Instant occurredAt() {
      return grant.revocation().at();
    }

    @Override
    public AuditAction type() {
      return AuditAction.ACCESS_REVOKED;
    }

    @Override
    public String summary() {
      return "Revoked the access of "
          + granteeName
          + " to case "
          + grant.caseId()
          + " (grant "
          + grant.id()
          + ", granted for: "
          + grant.reason()
          + ", would have expired "
          + grant.expiresAt()
          + "): "
          + grant.revocation().reason();
    }
  }

  /** A security reviewer opened emergency access to a case for themselves. */
  record BreakGlassOpened(AccessGrant grant, String granteeName) implements AccessGrantEvent {
    @Override
    public Instant occurredAt() {
      return grant.grantedAt();
    }

    @Override
    public AuditAction type() {
      return AuditAction.BREAK_GLASS_OPENED;
    }

    @Override
    public String summary() {
      return "Break-glass: "
          + granteeName
          + " opened emergency access to case "
          + grant.caseId()
          + " until "
          + grant.expiresAt()
          + " (grant "
          + grant.id()
          + ", awaits review): "
          + grant.reason();
    }
  }

  /** An auditor reviewed a break-glass grant. */
  record BreakGlassReviewed(AccessGrant grant, String granteeName) implements AccessGrantEvent {
    @Override
    public Instant occurredAt() {
      return grant.review().at();
    }

    @Override
    public AuditAction type() {
      return AuditAction.BREAK_GLASS_REVIEWED;
    }

    @Override
    public String summary() {
      return "Reviewed the break-glass access of "
          + granteeName
          + " to case "
          + grant.caseId()
          + " (grant "
          + grant.id()
          + ", opened for: "
          + grant.reason()
          + ", expiring "
          + grant.expiresAt()
          + "): "
          + grant.review().note();
    }
  }
}
