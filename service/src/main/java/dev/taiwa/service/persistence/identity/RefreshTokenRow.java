package dev.taiwa.service.persistence.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code refresh_token}: the key's SHA-256 hash (hex), instants in epoch milliseconds. */
@MappedEntity("refresh_token")
public record RefreshTokenRow(
    @Id String keyHash, String userId, long issuedAt, long expiresAt, @Nullable Long revokedAt) {}
