package dev.taiwa.cases.access.port;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: stored need-to-know grants. Lists come oldest first by (grantedAt, id). */
public interface AccessGrants {
  void insert(AccessGrant grant);

  Optional<AccessGrant> find(GrantId id);

  /**
   * Stores {@code grant}'s revocation if the stored grant is not revoked yet.
   *
   * @return false when someone revoked it first (nothing is written)
   */
  boolean recordRevocation(AccessGrant grant);

  /**
   * Stores {@code grant}'s review if the stored break-glass grant is not reviewed yet.
   *
   * @return false when someone reviewed it first (nothing is written)
   */
  boolean recordReview(AccessGrant grant);

  /** Every grant of a case, active or not. */
  List<AccessGrant> ofCase(CaseId caseId);

  /** The grants that give {@code grantee} access to {@code caseId} at {@code at}. */
  List<AccessGrant> activeFor(UserId grantee, CaseId caseId, Instant at);

  /** Every grant active for {@code grantee} at {@code at}, whatever the case. */
  List<AccessGrant> activeOf(UserId grantee, Instant at);

  /** Break-glass grants no auditor has reviewed yet, active or not. */
  List<AccessGrant> awaitingReview();
}
