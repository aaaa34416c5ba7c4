package dev.taiwa.service.persistence.identity;

import static dev.taiwa.service.testsupport.IdentityFixture.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.OrganisationKind;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class OrganisationsContractTest extends DatabaseTest {
  @Inject Organisations organisations;

  @Test
  void aStoredOrganisationComesBackUnchanged() {
    Organisation university =
        new Organisation(OrganisationId.random(), "国立大学法人 𠮷備大学", OrganisationKind.UNIVERSITY);

    organisations.insert(university);

    assertEquals(university, organisations.find(university.id()).orElseThrow());
  }

  @Test
  void itsRepresentativeAndAddressAreStoredWithIt() {
    Organisation company =
        new Organisation(
            OrganisationId.random(),
            "𠮷野精機株式会社",
            OrganisationKind.COMPANY,
            "代表取締役 𠮷野 花子",
            "大阪府大阪市北区梅田一丁目1番1号");

    organisations.insert(company);

    assertEquals(company, organisations.find(company.id()).orElseThrow());
  }

  @Test
  void findAllReturnsOnlyTheOrganisationsThatExist() {
    Organisation first = anOrganisation();
    Organisation second = anOrganisation();
    organisations.insert(first);
    organisations.insert(second);

    List<Organisation> found =
        organisations.findAll(List.of(first.id(), OrganisationId.random(), second.id()));

    assertEquals(Set.of(first, second), new HashSet<>(found));
    assertTrue(organisations.findAll(List.of()).isEmpty());
  }

  @Test
  void countGrowsWithEachInsertAndAnIdCannotBeStoredTwice() {
    long before = organisations.count();
    Organisation organisation = anOrganisation();

    organisations.insert(organisation);

    assertEquals(before + 1, organisations.count());
    assertThrows(RuntimeException.class, () -> organisations.insert(organisation));
    assertEquals(before + 1, organisations.count());
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertTrue(organisations.find(OrganisationId.random()).isEmpty());
  }
}
