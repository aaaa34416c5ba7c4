package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code refresh_token}: the key's SHA-256 hash (hex), its family (the login token's key
 * hash), instants in epoch milliseconds.
 */
@MappedEntity(value = "refresh_token", namingStrategy = ColumnNames.class)
public record RefreshTokenRow(
    @Id String keyHash,
    String userId,
    String family,
    long issuedAt,
    long expiresAt,
    @Nullable Long usedAt,
    @Nullable Long revokedAt) {}
