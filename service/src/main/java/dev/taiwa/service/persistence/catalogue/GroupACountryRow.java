package dev.taiwa.service.persistence.catalogue;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code group_a_country}: an ISO 3166-1 alpha-2 code and the country's names. */
@MappedEntity("group_a_country")
public record GroupACountryRow(@Id String code, String nameEn, String nameJa) {}
