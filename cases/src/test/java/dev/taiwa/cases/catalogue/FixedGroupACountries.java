package dev.taiwa.cases.catalogue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The 27 Group A countries of Export Trade Control Order Appendix 3 (Korea re-listed in 2023). */
public final class FixedGroupACountries implements GroupACountries {
  private static final Set<CountryCode> ALL =
      Stream.of(
              "AR", "AT", "AU", "BE", "BG", "CA", "CH", "CZ", "DE", "DK", "ES", "FI", "FR", "GB",
              "GR", "HU", "IE", "IT", "KR", "LU", "NL", "NO", "NZ", "PL", "PT", "SE", "US")
          .map(CountryCode::new)
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public Set<CountryCode> all() {
    return ALL;
  }
}
