package dev.taiwa.service.persistence.catalogue;

import dev.taiwa.cases.catalogue.CountryCode;
import dev.taiwa.cases.catalogue.GroupACountries;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link GroupACountries} stored in {@code group_a_country}. */
@Singleton
public class JdbcGroupACountries implements GroupACountries {
  private final GroupACountryRepository repository;

  public JdbcGroupACountries(GroupACountryRepository repository) {
    this.repository = repository;
  }

  @Override
  public Set<CountryCode> all() {
    return repository.findAll().stream()
        .map(row -> new CountryCode(row.code()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
