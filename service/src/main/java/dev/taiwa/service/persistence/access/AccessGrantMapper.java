package dev.taiwa.service.persistence.access;

import dev.taiwa.cases.access.AccessGrant;
import dev.taiwa.cases.access.GrantId;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.UserId;
import java.time.Instant;

/** Maps {@link AccessGrant} to and from {@link AccessGrantRow}. */
final class AccessGrantMapper {
  private AccessGrantMapper() {}

  static AccessGrantRow toRow(AccessGrant grant) {
    AccessGrant.Revocation revocation = grant.revocation();
    AccessGrant.Review review = grant.review();
    return new AccessGrantRow(
        grant.id().toString(),
        grant.grantee().toString(),
        grant.caseId().toString(),
        grant.reason(),
        grant.grantedBy().toString(),
        grant.grantedAt().toEpochMilli(),
        grant.expiresAt().toEpochMilli(),
        grant.breakGlass(),
        revocation == null ? null : revocation.at().toEpochMilli(),
        revocation == null ? null : revocation.by().toString(),
        revocation == null ? null : revocation.reason(),
        review == null ? null : review.at().toEpochMilli(),
        review == null ? null : review.by().toString(),
        review == null ? null : review.note());
  }

  static AccessGrant toDomain(AccessGrantRow row) {
    return new AccessGrant(
        GrantId.parse(row.id()),
        UserId.parse(row.granteeId()),
        CaseId.parse(row.caseId()),
        row.reason(),
        UserId.parse(row.grantedBy()),
        Instant.ofEpochMilli(row.grantedAt()),
        Instant.ofEpochMilli(row.expiresAt()),
        row.breakGlass(),
        row.revokedAt() == null
            ? null
            : new AccessGrant.Revocation(
                Instant.ofEpochMilli(row.revokedAt()),
                UserId.parse(row.revokedBy()),
                row.revocationReason()),
        row.reviewedAt() == null
            ? null
            : new AccessGrant.Review(
                Instant.ofEpochMilli(row.reviewedAt()),
                UserId.parse(row.reviewedBy()),
                row.reviewNote()));
  }
}
