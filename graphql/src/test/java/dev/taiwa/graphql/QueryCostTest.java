package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import graphql.ExecutionResult;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Fields have a cost: 1 by default, more for expensive ones ({@code @cost} in the SDL); a field
 * with {@code first} multiplies its selection by it. A request costing more than the limit is
 * refused before anything runs.
 */
class QueryCostTest {
  private final Actor auditor = Fixtures.aFiler(OrganisationId.random());

  @Test
  void manyAliasesOfTheChainVerificationAreRefusedBeforeAnyRuns() {
    String aliases =
        IntStream.range(0, 50)
            .mapToObj(i -> "v" + i + ": verifyAuditChain { intact }")
            .collect(Collectors.joining(" "));
    try (ApiHarness api = new ApiHarness()) {
      ExecutionResult result = api.execute(auditor, "{ " + aliases + " }");

      assertEquals(1, result.getErrors().size(), result.getErrors().toString());
      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(result.getErrors().get(0)));
      assertNull(result.getData());
      verifyNoInteractions(api.auditTrail);
    }
  }

  @Test
  void manyAliasesOfDocumentGenerationAreRefusedBeforeAnyRuns() {
    String aliases =
        IntStream.range(0, 50)
            .mapToObj(
                i ->
                    "d"
                        + i
                        + ": generateDocument(caseId: \""
                        + java.util.UUID.randomUUID()
                        + "\", kind: PRE_REPORT_FORM) { errors { code } }")
            .collect(Collectors.joining(" "));
    try (ApiHarness api = new ApiHarness()) {
      ExecutionResult result = api.execute(auditor, "mutation { " + aliases + " }");

      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(result.getErrors().get(0)));
      verifyNoInteractions(api.documentCommands);
    }
  }

  @Test
  void aPageMultipliesItsSelectionByFirst() {
    String page = "{ preReports(first: %d) { edges { node { id reference state } } } }";
    try (ApiHarness api = new ApiHarness(new QueryLimits(15, 1000, 300))) {
      ExecutionResult big = api.execute(auditor, String.format(page, 100));
      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(big.getErrors().get(0)));
      assertTrue(big.getErrors().get(0).getMessage().contains("at most 300"));
      verifyNoInteractions(api.queries);

      ExecutionResult small = api.execute(auditor, String.format(page, 10));
      assertTrue(
          small.getErrors().stream()
              .noneMatch(e -> "QUERY_TOO_COSTLY".equals(ErrorMaskingTest.code(e))),
          small.getErrors().toString());
    }
  }

  @Test
  void theSameDocumentIsJudgedForEachRequestsOwnVariablesEvenWhenSentAgain() {
    String page =
        "query Page($first: Int) { preReports(first: $first) { edges { node { id reference } } } }";
    try (ApiHarness api = new ApiHarness(new QueryLimits(15, 1000, 300))) {
      ExecutionResult big = api.execute(auditor, page, Map.of("first", 100));
      ExecutionResult small = api.execute(auditor, page, Map.of("first", 10));
      ExecutionResult bigAgain = api.execute(auditor, page, Map.of("first", 100));

      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(big.getErrors().get(0)));
      assertTrue(
          small.getErrors().stream()
              .noneMatch(e -> "QUERY_TOO_COSTLY".equals(ErrorMaskingTest.code(e))),
          small.getErrors().toString());
      assertEquals(1, bigAgain.getErrors().size(), bigAgain.getErrors().toString());
      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(bigAgain.getErrors().get(0)));
      assertEquals(big.getErrors().get(0).getMessage(), bigAgain.getErrors().get(0).getMessage());
      assertNull(bigAgain.getData());
    }
  }

  @Test
  void oneChainVerificationFitsTheDefaultLimit() {
    try (ApiHarness api = new ApiHarness()) {
      Map<String, Object> response =
          api.response(auditor, "{ verifyAuditChain { intact eventsChecked } }");

      assertTrue(
          !response.toString().contains("QUERY_TOO_COSTLY"), "within the limit: " + response);
    }
  }
}
