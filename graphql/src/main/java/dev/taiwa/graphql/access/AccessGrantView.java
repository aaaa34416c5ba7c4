package dev.taiwa.graphql.access;

import dev.taiwa.cases.access.AccessGrant;
import java.time.Instant;

/** The GraphQL {@code AccessGrant} type: one grant, flattened, with {@code active} at a moment. */
public record AccessGrantView(
    String id,
    String granteeId,
    String caseId,
    String reason,
    String grantedById,
    Instant grantedAt,
    Instant expiresAt,
    boolean active,
    boolean breakGlass,
    boolean reviewed,
    Instant reviewedAt,
    String reviewedById,
    String reviewNote,
    Instant revokedAt,
    String revokedById,
    String revocationReason) {

  public static AccessGrantView of(AccessGrant grant, Instant now) {
    AccessGrant.Review review = grant.review();
    AccessGrant.Revocation revocation = grant.revocation();
    return new AccessGrantView(
        grant.id().toString(),
        grant.grantee().toString(),
        grant.caseId().toString(),
        grant.reason(),
        grant.grantedBy().toString(),
        grant.grantedAt(),
        grant.expiresAt(),
        grant.isActiveAt(now),
        grant.breakGlass(),
        grant.isReviewed(),
        review == null ? null : review.at(),
        review == null ? null : review.by().toString(),
        review == null ? null : review.note(),
        revocation == null ? null : revocation.at(),
        revocation == null ? null : revocation.by().toString(),
        revocation == null ? null : revocation.reason());
  }
}
