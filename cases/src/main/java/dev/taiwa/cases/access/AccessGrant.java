package dev.taiwa.cases.access;

import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A named user's need-to-know access to one case's secret content, with a reason and an expiry. A
 * break-glass grant is one a security reviewer opened for themselves in an emergency; it waits for
 * an auditor's review. Instants are kept to the millisecond, as every store keeps them.
 *
 * @param revocation who ended the grant early, when and why; null while not revoked
 * @param review the auditor's review of a break-glass grant; null until reviewed (always null for
 *     an ordinary grant)
 */
public record AccessGrant(
    GrantId id,
    UserId grantee,
    CaseId caseId,
    String reason,
    UserId grantedBy,
    Instant grantedAt,
    Instant expiresAt,
    boolean breakGlass,
    Revocation revocation,
    Review review) {

  /** The early end of a grant. */
  public record Revocation(Instant at, UserId by, String reason) {
    public Revocation {
      Objects.requireNonNull(at, "revoked at");
      Objects.requireNonNull(by, "revoked by");
      Objects.requireNonNull(reason, "revocation reason");
      at = at.truncatedTo(ChronoUnit.MILLIS);
    }
  }

  /** An auditor's review of a break-glass grant. */
  public record Review(Instant at, UserId by, String note) {
    public Review {
      Objects.requireNonNull(at, "reviewed at");
      Objects.requireNonNull(by, "reviewed by");
      Objects.requireNonNull(note, "review note");
      at = at.truncatedTo(ChronoUnit.MILLIS);
    }
  }

  public AccessGrant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(caseId, "case");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(grantedBy, "granted by");
    Objects.requireNonNull(grantedAt, "granted at");
    Objects.requireNonNull(expiresAt, "expires at");
    grantedAt = grantedAt.truncatedTo(ChronoUnit.MILLIS);
    expiresAt = expiresAt.truncatedTo(ChronoUnit.MILLIS);
    if (!expiresAt.isAfter(grantedAt)) {
      throw new IllegalArgumentException("a grant must expire after it was granted");
    }
    if (review != null && !breakGlass) {
      throw new IllegalArgumentException("only a break-glass grant is reviewed");
    }
  }

  /** A new, unrevoked grant. */
  public static AccessGrant granted(
      UserId grantee,
      CaseId caseId,
      String reason,
      UserId grantedBy,
      Instant grantedAt,
      Instant expiresAt,
      boolean breakGlass) {
    return new AccessGrant(
        GrantId.random(),
        grantee,
        caseId,
        reason,
        grantedBy,
        grantedAt,
        expiresAt,
        breakGlass,
        null,
        null);
  }

  /** Not revoked, and {@code now} lies before the expiry. */
  public boolean isActiveAt(Instant now) {
    return revocation == null && now.isBefore(expiresAt);
  }

  public boolean isRevoked() {
    return revocation != null;
  }

  public boolean isReviewed() {
    return review != null;
  }

  /** A break-glass grant no auditor has reviewed yet: it belongs in the review queue. */
  public boolean awaitsReview() {
    return breakGlass && review == null;
  }

  /** Whether this grant gives {@code user} access to {@code caseId} at {@code now}. */
  public boolean opens(UserId user, CaseId caseId, Instant now) {
    return grantee.equals(user) && this.caseId.equals(caseId) && isActiveAt(now);
  }

  public AccessGrant revoked(Revocation revocation) {
    return new AccessGrant(
        id,
        grantee,
        caseId,
        reason,
        grantedBy,
        grantedAt,
        expiresAt,
        breakGlass,
        Objects.requireNonNull(revocation),
        review);
  }

  public AccessGrant reviewed(Review review) {
    return new AccessGrant(
        id,
        grantee,
        caseId,
        reason,
        grantedBy,
        grantedAt,
        expiresAt,
        breakGlass,
        revocation,
        Objects.requireNonNull(review));
  }
}
