package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.dialogue.model.ConcernCategory;
import dev.taiwa.cases.dialogue.model.Severity;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DialogueLoaderBatchingTest {
  private final ApiHarness api = new ApiHarness();
  private final Actor officer = Fixtures.aFiler(OrganisationId.random());

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPageOfReportsLoadsItsMeetingsAndConcernsInOneBatchEach() {
    int n = 5;
    List<PreReport> reports = new ArrayList<>();
    Map<CaseId, List<Concern>> concerns = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Organisation organisation = Fixtures.anOrganisation("Company " + i);
      api.organisations.insert(organisation);
      PreReport report =
          Fixtures.aDraft(organisation.id(), Instant.parse("2026-02-01T00:00:00Z"), 1);
      reports.add(report);
      concerns.put(
          report.id(),
          List.of(
              Concern.raised(
                  report.id(),
                  ConcernCategory.END_USE,
                  Severity.LOW,
                  "concern " + i,
                  "internal " + i,
                  Instant.parse("2026-02-02T00:00:00Z"))));
    }
    when(api.queries.search(any(), any(), any(), any())).thenReturn(new Page<>(reports, false, n));
    when(api.dialogueQueries.meetingsOf(any(), anyCollection())).thenReturn(Map.of());
    when(api.caseAssignment.officersOf(any(), anyCollection())).thenReturn(Map.of());
    when(api.dialogueQueries.concernsOf(any(), anyCollection())).thenReturn(concerns);

    ExecutionResult result =
        api.execute(
            officer,
            "{ preReports(first: 10) { edges { node { caseOfficer officer { name } meetings { id }"
                + " concerns { description } } } } }");

    assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
    ArgumentCaptor<Collection<PreReport>> batch = ArgumentCaptor.forClass(Collection.class);
    verify(api.dialogueQueries, times(1)).meetingsOf(any(), batch.capture());
    assertEquals(n, batch.getValue().size());
    verify(api.dialogueQueries, times(1)).concernsOf(any(), anyCollection());
    verify(api.caseAssignment, times(1)).officersOf(any(), anyCollection());
    Map<String, Object> data = result.getData();
    List<Map<String, Object>> edges =
        (List<Map<String, Object>>) ((Map<String, Object>) data.get("preReports")).get("edges");
    for (int i = 0; i < n; i++) {
      Map<String, Object> node = (Map<String, Object>) edges.get(i).get("node");
      assertEquals(List.of(), node.get("meetings"));
      assertEquals(List.of(Map.of("description", "concern " + i)), node.get("concerns"));
    }
  }
}
