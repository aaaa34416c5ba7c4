package dev.taiwa.service.persistence.access;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code access_grant}: instants are epoch milliseconds; the revocation columns are all
 * null or all set, and so are the review columns.
 */
@MappedEntity(value = "access_grant", namingStrategy = ColumnNames.class)
public record AccessGrantRow(
    @Id String id,
    String granteeId,
    String caseId,
    String reason,
    String grantedBy,
    long grantedAt,
    long expiresAt,
    boolean breakGlass,
    @Nullable Long revokedAt,
    @Nullable String revokedBy,
    @Nullable String revocationReason,
    @Nullable Long reviewedAt,
    @Nullable String reviewedBy,
    @Nullable String reviewNote) {}
