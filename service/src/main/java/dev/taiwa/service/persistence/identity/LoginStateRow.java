package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * The login-failure columns of {@code user_account}: consecutive failures and the lock's end (epoch
 * milliseconds). A separate view of the table, so account updates never touch these columns.
 */
@MappedEntity(value = "user_account", namingStrategy = ColumnNames.class)
public record LoginStateRow(@Id String id, int failedLogins, @Nullable Long lockedUntil) {}
