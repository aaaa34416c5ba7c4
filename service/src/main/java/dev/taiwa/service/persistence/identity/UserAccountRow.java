package dev.taiwa.service.persistence.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code user_account}: {@code roles} holds role names separated by commas, {@code
 * createdAt} epoch milliseconds; {@code sessionEpoch} counts ended sessions (see {@code
 * UserAccount}); {@code version} counts stored changes.
 */
@MappedEntity("user_account")
public record UserAccountRow(
    @Id String id,
    String username,
    String displayName,
    String organisationId,
    String roles,
    String passwordHash,
    boolean enabled,
    long createdAt,
    long sessionEpoch,
    long version) {}
