package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.service.persistence.sql.ColumnNames;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code group_a_country}: an ISO 3166-1 alpha-2 code and the country's names. */
@MappedEntity(value = "group_a_country", namingStrategy = ColumnNames.class)
public record GroupACountryRow(@Id String code, String nameEn, String nameJa) {}
