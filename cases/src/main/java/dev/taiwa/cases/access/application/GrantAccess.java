package dev.taiwa.cases.access.application;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.Objects;

/** The command to grant a named user access to a case until {@code expiresAt}, for a reason. */
public record GrantAccess(UserId grantee, CaseId caseId, String reason, Instant expiresAt) {
  public GrantAccess {
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(caseId, "case");
  }
}
