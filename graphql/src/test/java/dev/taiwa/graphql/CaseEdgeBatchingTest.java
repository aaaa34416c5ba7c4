package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.prereport.model.PreReport;
import graphql.ExecutionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The per-case edges reached from a page of reports load in one batch: N parents, one call. */
class CaseEdgeBatchingTest {
  private static final int N = 5;
  private final ApiHarness api = new ApiHarness();
  private final Actor filer = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPageOfReportsLoadsItsDeadlinesInOneBatch() {
    aPageOfReports();
    when(api.deadlineQueries.ofCases(any(), anyCollection())).thenReturn(Map.of());

    ask("deadlines { id }");

    ArgumentCaptor<Collection<CaseId>> batch = ArgumentCaptor.forClass(Collection.class);
    verify(api.deadlineQueries, times(1)).ofCases(any(), batch.capture());
    assertEquals(N, batch.getValue().size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPageOfReportsLoadsItsDocumentsInOneBatch() {
    aPageOfReports();
    when(api.documentQueries.documentsOf(any(), anyCollection())).thenReturn(Map.of());

    ask("documents { id }");

    ArgumentCaptor<Collection<CaseId>> batch = ArgumentCaptor.forClass(Collection.class);
    verify(api.documentQueries, times(1)).documentsOf(any(), batch.capture());
    assertEquals(N, batch.getValue().size());
  }

  private void aPageOfReports() {
    List<PreReport> reports = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      Organisation organisation = Fixtures.anOrganisation("Company " + i);
      api.organisations.insert(organisation);
      reports.add(Fixtures.aDraft(organisation.id(), Instant.parse("2026-02-01T00:00:00Z"), 1));
    }
    when(api.queries.search(any(), any(), any(), any())).thenReturn(new Page<>(reports, false, N));
  }

  private void ask(String edge) {
    ExecutionResult result =
        api.execute(filer, "{ preReports(first: 10) { edges { node { " + edge + " } } } }");
    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
  }
}
