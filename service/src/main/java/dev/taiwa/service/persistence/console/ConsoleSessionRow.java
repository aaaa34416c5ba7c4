package dev.taiwa.service.persistence.console;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code console_session}: the SHA-256 (hex) of the session id, instants in epoch
 * milliseconds.
 */
@MappedEntity(value = "console_session", namingStrategy = ColumnNames.class)
public record ConsoleSessionRow(
    @Id String idHash,
    String userId,
    long sessionEpoch,
    String csrfToken,
    long startedAt,
    long lastSeenAt) {}
