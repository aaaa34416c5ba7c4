package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.prereport.model.PreReport;
import graphql.ExecutionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataLoaderBatchingTest {
  private final ApiHarness api = new ApiHarness();
  private final Actor officer = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void aPageOfReportsLoadsItsOrganisationsInOneBatchAndTheCatalogueOnce() {
    int n = 7;
    List<PreReport> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Organisation organisation = Fixtures.anOrganisation("Company " + i);
      api.organisations.insert(organisation);
      Instant created =
          i % 2 == 0
              ? Instant.parse("2025-03-01T00:00:00Z")
              : Instant.parse("2026-02-01T00:00:00Z");
      reports.add(Fixtures.aDraft(organisation.id(), created.plusSeconds(i), 1, 11));
    }
    when(api.queries.search(any(), any(), any(), any())).thenReturn(new Page<>(reports, false, n));

    ExecutionResult result =
        api.execute(
            officer,
            "{ preReports(first: 10) { edges { node { organisation { name }"
                + " technologies { nameJa } } } } }");

    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
    assertEquals(1, api.organisations.findAllCalls.size(), "findAll calls");
    assertEquals(n, new HashSet<>(api.organisations.findAllCalls.get(0)).size());
    assertEquals(1, api.revisions.calls.get(), "revision loads");
    assertTrue(api.organisations.findAllThreads.get(0).startsWith("blocking-"));
    List<Map<String, Object>> edges = edges(result);
    for (int i = 0; i < n; i++) {
      Map<String, Object> node = node(edges.get(i));
      assertEquals(Map.of("name", "Company " + i), node.get("organisation"));
      // Reports created before 2026-01-01 see the first list only: no magnetic sensors (11).
      int expectedTechnologies = i % 2 == 0 ? 1 : 2;
      assertEquals(
          expectedTechnologies, ((List<?>) node.get("technologies")).size(), "report " + i);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> edges(ExecutionResult result) {
    Map<String, Object> data = result.getData();
    return (List<Map<String, Object>>) ((Map<String, Object>) data.get("preReports")).get("edges");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Map<String, Object> edge) {
    return (Map<String, Object>) edge.get("node");
  }
}
