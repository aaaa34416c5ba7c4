package dev.taiwa.service.persistence.catalogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A row of {@code technology_item}: one listed technology as one revision states it. */
@Introspected
public record TechnologyItemRow(
    String revisionId,
    int itemNumber,
    String nameJa,
    String nameEn,
    String status,
    @Nullable String effectiveFrom) {}
