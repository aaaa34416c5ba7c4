package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.PageRequest;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import dev.taiwa.cases.prereport.model.PreReportState;
import dev.taiwa.cases.prereport.port.PreReportFilter;
import dev.taiwa.cases.prereport.port.PreReportOrder;
import dev.taiwa.graphql.prereport.PreReportCursor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class PreReportQueriesTest {
  private final ApiHarness api = new ApiHarness();
  private final Organisation company = Fixtures.anOrganisation("株式会社テスト");
  private final Actor filer = Fixtures.aFiler(company.id());

  @AfterEach
  void close() {
    api.close();
  }

  @Nested
  class OneReport {
    @Test
    void aVisibleReportShowsEveryFieldOfTheAggregateAndItsForm() {
      api.organisations.insert(company);
      PreReport report =
          Fixtures.aDraft(company.id(), Instant.parse("2026-02-01T03:00:00Z"), 1, 11, 99);
      when(api.queries.find(filer, report.id())).thenReturn(Optional.of(report));
      when(api.queries.availableActions(filer, report))
          .thenReturn(Set.of(PreReportAction.UPDATE_DRAFT));

      Map<String, Object> data =
          data(
              "{ preReport(id: \""
                  + report.id()
                  + "\") { id reference state version createdBy organisation { id name kind }"
                  + " contact { name department email phone } technologyNumbers"
                  + " technologies { number nameJa inForce } transactionType"
                  + " counterparty { nameOriginal nameRomanised countryCode relationship }"
                  + " plannedDate plannedDateKind technologyDescription managementMeasures"
                  + " createdAt updatedAt submittedAt leadTime { status } availableActions } }");

      @SuppressWarnings("unchecked")
      Map<String, Object> shown = (Map<String, Object>) data.get("preReport");
      assertEquals(report.id().toString(), shown.get("id"));
      assertEquals(report.reference().value(), shown.get("reference"));
      assertEquals("DRAFT", shown.get("state"));
      assertEquals(1, shown.get("version"));
      assertEquals(report.createdBy().toString(), shown.get("createdBy"));
      assertEquals(
          Map.of("id", company.id().toString(), "name", "株式会社テスト", "kind", "COMPANY"),
          shown.get("organisation"));
      assertEquals("山田太郎", ((Map<?, ?>) shown.get("contact")).get("name"));
      assertNull(((Map<?, ?>) shown.get("contact")).get("phone"));
      assertEquals(List.of(1, 11, 99), shown.get("technologyNumbers"));
      assertEquals(
          List.of(
              Map.of("number", 1, "nameJa", "積層セラミックコンデンサ（MLCC）", "inForce", true),
              Map.of("number", 11, "nameJa", "磁気センサー", "inForce", true)),
          shown.get("technologies"));
      assertEquals("CONTRACT_MANUFACTURING", shown.get("transactionType"));
      assertEquals(
          Map.of(
              "nameOriginal", "深圳某公司",
              "nameRomanised", "Shenzhen Example Co.",
              "countryCode", "CN",
              "relationship", "UNRELATED"),
          shown.get("counterparty"));
      assertEquals("2026-06-01", shown.get("plannedDate"));
      assertEquals("CONTRACT", shown.get("plannedDateKind"));
      assertEquals("Process know-how for MLCC sintering", shown.get("technologyDescription"));
      assertEquals("Access control for drawings", shown.get("managementMeasures"));
      assertEquals("2026-02-01T03:00:00Z", shown.get("createdAt"));
      assertNull(shown.get("submittedAt"));
      assertNull(shown.get("leadTime"));
      assertEquals(List.of("UPDATE_DRAFT"), shown.get("availableActions"));
    }

    @Test
    void aMissingOrHiddenReportIsNull() {
      UUID id = UUID.randomUUID();
      when(api.queries.find(any(), any())).thenReturn(Optional.empty());

      Map<String, Object> data = data("{ preReport(id: \"" + id + "\") { id } }");

      assertTrue(data.containsKey("preReport"));
      assertNull(data.get("preReport"));
    }

    @Test
    void anIdThatIsNoUuidIsNullWithoutAskingTheUseCase() {
      Map<String, Object> data = data("{ preReport(id: \"PR-2026-000001\") { id } }");

      assertNull(data.get("preReport"));
      verifyNoInteractions(api.queries);
    }
  }

  @Nested
  class Lists {
    @Test
    void filterFirstAndTheDecodedCursorArePassedToSearch() {
      UUID lastSeen = UUID.randomUUID();
      Instant lastCreated = Instant.parse("2026-03-01T00:00:00Z");
      String after = PreReportCursor.encode(new PageRequest.Position(lastCreated, lastSeen));
      UUID organisation = UUID.randomUUID();
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(new Page<>(List.of(), false, 0));

      data(
          "{ preReports(first: 5, after: \""
              + after
              + "\", filter: { states: [SUBMITTED, UNDER_REVIEW], technologyNumber: 8,"
              + " destinationCountry: \"CN\", organisationId: \""
              + organisation
              + "\", plannedFrom: \"2026-04-01\", plannedTo: \"2026-06-30\", text: \"foil\" })"
              + " { totalCount } }");

      ArgumentCaptor<PreReportFilter> filter = ArgumentCaptor.forClass(PreReportFilter.class);
      ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
      verify(api.queries)
          .search(eq(filer), filter.capture(), eq(PreReportOrder.NEWEST), page.capture());
      assertEquals(
          new PreReportFilter(
              Set.of(PreReportState.SUBMITTED, PreReportState.UNDER_REVIEW),
              8,
              "CN",
              new dev.taiwa.cases.kernel.OrganisationId(organisation),
              LocalDate.of(2026, 4, 1),
              LocalDate.of(2026, 6, 30),
              "foil"),
          filter.getValue());
      assertEquals(
          new PageRequest(5, new PageRequest.Position(lastCreated, lastSeen)), page.getValue());
    }

    @Test
    void withoutArgumentsTheFirstTwentyAreAskedForUnfiltered() {
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(new Page<>(List.of(), false, 0));

      Map<String, Object> data =
          data("{ preReports { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }");

      verify(api.queries)
          .search(filer, PreReportFilter.none(), PreReportOrder.NEWEST, new PageRequest(20, null));
      Map<?, ?> connection = (Map<?, ?>) data.get("preReports");
      assertEquals(0, connection.get("totalCount"));
      assertEquals(List.of(), connection.get("edges"));
      Map<?, ?> pageInfo = (Map<?, ?>) connection.get("pageInfo");
      assertEquals(false, pageInfo.get("hasNextPage"));
      assertTrue(pageInfo.containsKey("endCursor"));
      assertNull(pageInfo.get("endCursor"));
    }

    @Test
    void withoutTotalCountSelectedNothingIsCounted() {
      PreReport report = Fixtures.aDraft(company.id(), Instant.parse("2026-03-02T00:00:00Z"));
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(Page.uncounted(List.of(report), false));

      Map<String, Object> data = data("{ preReports { edges { node { id } } } }");

      verify(api.queries)
          .search(
              filer,
              PreReportFilter.none(),
              PreReportOrder.NEWEST,
              new PageRequest(20, null, false));
      assertEquals(
          Map.of("edges", List.of(Map.of("node", Map.of("id", report.id().toString())))),
          data.get("preReports"));
    }

    @Test
    void totalCountSelectedInAFragmentIsCounted() {
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(new Page<>(List.of(), false, 3));

      Map<String, Object> data =
          data(
              "{ preReports { ...counted } }"
                  + " fragment counted on PreReportConnection { all: totalCount }");

      verify(api.queries)
          .search(
              filer,
              PreReportFilter.none(),
              PreReportOrder.NEWEST,
              new PageRequest(20, null, true));
      assertEquals(Map.of("all", 3), data.get("preReports"));
    }

    @Test
    void totalCountInAnInlineFragmentIsCountedAndASkippedOneIsNot() {
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(new Page<>(List.of(), false, 3));

      data("{ preReports { ... on PreReportConnection { totalCount } } }");
      data("{ preReports { totalCount @skip(if: true) edges { cursor } } }");

      verify(api.queries)
          .search(
              filer,
              PreReportFilter.none(),
              PreReportOrder.NEWEST,
              new PageRequest(20, null, true));
      verify(api.queries)
          .search(
              filer,
              PreReportFilter.none(),
              PreReportOrder.NEWEST,
              new PageRequest(20, null, false));
    }

    @Test
    void totalCountOfTheNodesBelowIsNotTheConnectionsOwn() {
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(Page.uncounted(List.of(), false));

      data("{ preReports { edges { node { meetings { id } } } } }");

      verify(api.queries)
          .search(
              filer,
              PreReportFilter.none(),
              PreReportOrder.NEWEST,
              new PageRequest(20, null, false));
    }

    @Test
    void aPageBecomesEdgesWithCursorsPageInfoAndTotalCount() {
      PreReport newer = Fixtures.aDraft(company.id(), Instant.parse("2026-03-02T00:00:00Z"));
      PreReport older = Fixtures.aDraft(company.id(), Instant.parse("2026-03-01T00:00:00Z"));
      when(api.queries.search(any(), any(), any(), any()))
          .thenReturn(new Page<>(List.of(newer, older), true, 42));

      @SuppressWarnings("unchecked")
      Map<String, Object> connection =
          (Map<String, Object>)
              data("{ preReports(first: 2) { totalCount edges { cursor node { id } }"
                      + " pageInfo { hasNextPage endCursor } } }")
                  .get("preReports");

      assertEquals(42, connection.get("totalCount"));
      List<?> edges = (List<?>) connection.get("edges");
      assertEquals(
          List.of(
              Map.of(
                  "cursor", PreReportCursor.of(newer), "node", Map.of("id", newer.id().toString())),
              Map.of(
                  "cursor",
                  PreReportCursor.of(older),
                  "node",
                  Map.of("id", older.id().toString()))),
          edges);
      assertEquals(
          Map.of("hasNextPage", true, "endCursor", PreReportCursor.of(older)),
          connection.get("pageInfo"));
      assertEquals(
          new PageRequest.Position(older.createdAt(), older.id().value()),
          PreReportCursor.decode(PreReportCursor.of(older)));
    }

    @ParameterizedTest(name = "after: \"{0}\" is refused")
    @ValueSource(strings = {"not a cursor!", "bm90IGEgY3Vyc29y", "MjAyNi0wMy0wMVQwMDowMDowMFp8eA"})
    void aMalformedCursorIsRefusedAsInvalidValue(String cursor) {
      Map<String, Object> error = error("{ preReports(after: \"" + cursor + "\") { totalCount } }");

      assertEquals("INVALID_VALUE", ((Map<?, ?>) error.get("extensions")).get("code"));
      assertTrue(((String) error.get("message")).contains("after"));
      verifyNoInteractions(api.queries);
    }

    @ParameterizedTest(name = "first: {0} is refused")
    @ValueSource(ints = {0, -1, 101})
    void aPageSizeOutsideOneToAHundredIsRefusedAsInvalidValue(int first) {
      Map<String, Object> error = error("{ preReports(first: " + first + ") { totalCount } }");

      assertEquals("INVALID_VALUE", ((Map<?, ?>) error.get("extensions")).get("code"));
      assertTrue(((String) error.get("message")).contains("100"), error.toString());
      verifyNoInteractions(api.queries);
    }

    @Test
    void anOrganisationFilterThatIsNoUuidIsRefusedAsInvalidValue() {
      Map<String, Object> error =
          error("{ preReports(filter: { organisationId: \"acme\" }) { totalCount } }");

      assertEquals("INVALID_VALUE", ((Map<?, ?>) error.get("extensions")).get("code"));
      assertEquals("filter.organisationId is not a valid id", error.get("message"));
      verifyNoInteractions(api.queries);
    }
  }

  private Map<String, Object> data(String query) {
    Map<String, Object> response = api.response(filer, query);
    assertNull(response.get("errors"), String.valueOf(response.get("errors")));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) response.get("data");
    return data;
  }

  private Map<String, Object> error(String query) {
    return ErrorMaskingTest.onlyError(api.response(filer, query));
  }
}
