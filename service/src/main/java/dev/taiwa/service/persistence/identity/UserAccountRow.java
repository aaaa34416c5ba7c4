package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code user_account}: {@code roles} holds role names separated by commas, {@code
 * createdAt} epoch milliseconds; {@code sessionEpoch} counts ended sessions (see {@code
 * UserAccount}); {@code version} counts stored changes.
 */
@MappedEntity(value = "user_account", namingStrategy = ColumnNames.class)
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
