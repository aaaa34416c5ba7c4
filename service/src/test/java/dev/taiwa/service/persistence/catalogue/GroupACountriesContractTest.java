package dev.taiwa.service.persistence.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.catalogue.CountryCode;
import dev.taiwa.cases.catalogue.GroupACountries;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class GroupACountriesContractTest extends DatabaseTest {
  @Inject GroupACountries groupA;

  @Test
  void theTwentySevenGroupACountriesOfAppendixThreeAreSeeded() {
    Set<CountryCode> expected =
        Stream.of(
                "AR", "AU", "AT", "BE", "BG", "CA", "CZ", "DK", "FI", "FR", "DE", "GR", "HU", "IE",
                "IT", "KR", "LU", "NL", "NZ", "NO", "PL", "PT", "ES", "SE", "CH", "GB", "US")
            .map(CountryCode::new)
            .collect(Collectors.toSet());

    assertEquals(27, expected.size());
    assertEquals(expected, groupA.all());
  }
}
