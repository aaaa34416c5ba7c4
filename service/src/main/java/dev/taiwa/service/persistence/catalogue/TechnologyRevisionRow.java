package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code technology_revision}; {@code effectiveDate} is ISO {@code yyyy-MM-dd}. */
@MappedEntity(value = "technology_revision", namingStrategy = ColumnNames.class)
public record TechnologyRevisionRow(
    @Id String id, String noticeReference, String effectiveDate, @Nullable String note) {}
