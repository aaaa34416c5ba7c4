package dev.taiwa.service.persistence.prereport;

import static dev.taiwa.service.testsupport.IdentityFixture.aStoredFiler;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReport;
import static dev.taiwa.service.testsupport.PreReportBuilder.aPreReportLike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.cases.prereport.port.PreReportScope;
import dev.taiwa.cases.prereport.port.PreReportSort;
import dev.taiwa.cases.prereport.port.PreReports;
import dev.taiwa.cases.prereport.port.SortDirection;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An official's list by technology, with or without a destination country, walks the technology
 * rows in list order (V47), which carry their report's creation time and country: walked two
 * reports a page in both directions it holds exactly the filed reports listing the technology (and
 * going to the country), each once, in creation order with ties by id, as the list without that
 * walk would; and a report whose country or technologies change is listed under the new ones only.
 */
@MicronautTest(transactional = false, startApplication = false)
class PreReportTechnologyListContractTest extends DatabaseTest {
  private static final String[] COUNTRIES = {"CN", "TH", "VN", "TH", "IN"};

  @Inject PreReports preReports;
  @Inject Organisations organisations;
  @Inject UserAccounts users;

  private UserAccount filer;
  private final List<PreReport> stored = new ArrayList<>();

  @BeforeAll
  void storeReports() {
    filer = aStoredFiler(organisations, users);
    UserAccount other = aStoredFiler(organisations, users);
    Instant base = Instant.parse("2026-03-01T00:00:00Z");
    for (int n = 0; n < 36; n++) {
      Integer[] technologies =
          switch (n % 3) {
            case 0 -> new Integer[] {3};
            case 1 -> new Integer[] {5, 3};
            default -> new Integer[] {8, 5};
          };
      PreReport report =
          aPreReport(n % 2 == 0 ? filer : other)
              // Every fourth report shares its creation instant with the one before: ties by id.
              .createdAt(base.plusSeconds(60L * (n - (n % 4 == 3 ? 1 : 0))))
              .state(n % 5 == 0 ? PreReportState.DRAFT : PreReportState.SUBMITTED)
              .technologies(technologies)
              .country(COUNTRIES[n % COUNTRIES.length])
              .build();
      preReports.insert(report);
      stored.add(report);
    }
  }

  static Stream<Arguments> lists() {
    List<Arguments> lists = new ArrayList<>();
    for (int technology : List.of(3, 5, 8)) {
      for (String country : new String[] {null, "TH", "IN"}) {
        for (SortDirection direction : SortDirection.values()) {
          lists.add(Arguments.of(technology, country, direction));
        }
      }
    }
    return lists.stream();
  }

  @ParameterizedTest(name = "technology {0}, country {1}, {2}")
  @MethodSource("lists")
  void anOfficialPagesThroughTheFiledReportsOfTheTechnologyInOrder(
      int technology, String country, SortDirection direction) {
    PreReportOrder order = new PreReportOrder(PreReportSort.CREATED, direction);
    PreReportFilter filter =
        new PreReportFilter(Set.of(), technology, country, null, null, null, null);

    List<PreReport> expected =
        stored.stream()
            .filter(r -> r.state() != PreReportState.DRAFT)
            .filter(r -> r.form().technologyNumbers().contains(technology))
            .filter(r -> country == null || r.form().counterparty().countryCode().equals(country))
            .sorted(inCreationOrder(direction))
            .toList();
    assertEquals(
        ids(expected), ids(walk(PreReportScope.filedOfEveryOrganisation(), filter, order)));
    assertEquals(
        expected.size(),
        preReports
            .search(
                PreReportScope.filedOfEveryOrganisation(), filter, order, new PageRequest(2, null))
            .totalCount());
  }

  /** A filer who is also an official sees its own drafts beside every filed report. */
  @Test
  void aFilerWhoIsAnOfficialAlsoFindsItsOwnDrafts() {
    PreReportScope scope =
        PreReportScope.ownOrganisation(filer.organisationId())
            .union(PreReportScope.filedOfEveryOrganisation());
    PreReportFilter filter = new PreReportFilter(Set.of(), 5, "CN", null, null, null, null);

    List<PreReport> expected =
        stored.stream()
            .filter(
                r ->
                    r.state() != PreReportState.DRAFT
                        || r.organisationId().equals(filer.organisationId()))
            .filter(r -> r.form().technologyNumbers().contains(5))
            .filter(r -> r.form().counterparty().countryCode().equals("CN"))
            .sorted(inCreationOrder(SortDirection.DESC))
            .toList();
    assertTrue(expected.stream().anyMatch(r -> r.state() == PreReportState.DRAFT));
    assertEquals(ids(expected), ids(walk(scope, filter, PreReportOrder.NEWEST)));
  }

  @Test
  void aReportWhoseCountryOrTechnologiesChangeIsListedUnderTheNewOnesOnly() {
    PreReport report =
        aPreReport(filer).state(PreReportState.SUBMITTED).technologies(20).country("KR").build();
    preReports.insert(report);
    PreReport moved = aPreReportLike(report, report.state(), List.of(20), "US", 2);
    preReports.update(moved);

    assertEquals(List.of(), ids(officialsList(20, "KR")));
    assertEquals(ids(List.of(moved)), ids(officialsList(20, "US")));

    PreReport retyped = aPreReportLike(moved, moved.state(), List.of(21), "US", 3);
    preReports.update(retyped);

    assertEquals(List.of(), ids(officialsList(20, "US")));
    assertEquals(List.of(), ids(officialsList(20, null)));
    assertEquals(ids(List.of(retyped)), ids(officialsList(21, "US")));
    assertEquals(ids(List.of(retyped)), ids(officialsList(21, null)));
  }

  private List<PreReport> officialsList(int technology, String country) {
    return walk(
        PreReportScope.filedOfEveryOrganisation(),
        new PreReportFilter(Set.of(), technology, country, null, null, null, null),
        PreReportOrder.NEWEST);
  }

  private List<PreReport> walk(PreReportScope scope, PreReportFilter filter, PreReportOrder order) {
    List<PreReport> walked = new ArrayList<>();
    PageRequest.Position after = null;
    while (true) {
      Page<PreReport> page = preReports.search(scope, filter, order, new PageRequest(2, after));
      walked.addAll(page.items());
      if (!page.hasNext()) {
        return walked;
      }
      PreReport last = page.items().get(page.items().size() - 1);
      after = new PageRequest.Position(last.createdAt(), last.id().value());
    }
  }

  private static Comparator<PreReport> inCreationOrder(SortDirection direction) {
    Comparator<PreReport> ascending =
        Comparator.comparing(PreReport::createdAt).thenComparing(r -> r.id().toString());
    return direction == SortDirection.ASC ? ascending : ascending.reversed();
  }

  private static List<String> ids(List<PreReport> reports) {
    return reports.stream().map(r -> r.id().toString()).toList();
  }
}
