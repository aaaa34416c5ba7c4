package dev.taiwa.service.persistence.identity;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code organisation}. */
@MappedEntity(value = "organisation", namingStrategy = ColumnNames.class)
public record OrganisationRow(
    @Id String id,
    String name,
    String kind,
    @Nullable String representative,
    @Nullable String address) {}
