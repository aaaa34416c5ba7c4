package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import graphql.ExecutionResult;
import graphql.introspection.IntrospectionQuery;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {
  private final Actor filer = Fixtures.aFiler(OrganisationId.random());

  @Test
  void aQueryNestedDeeperThanTheLimitIsRefusedUnexecuted() {
    try (ApiHarness api = new ApiHarness(new QueryLimits(4, 1000))) {
      ExecutionResult result =
          api.execute(filer, "{ preReports { edges { node { organisation { name } } } } }");

      assertEquals(1, result.getErrors().size());
      assertEquals("QUERY_TOO_DEEP", ErrorMaskingTest.code(result.getErrors().get(0)));
      assertTrue(result.getErrors().get(0).getMessage().contains("at most 4"));
      assertNull(result.getData());
      verifyNoInteractions(api.queries);
    }
  }

  @Test
  void aQuerySelectingMoreThanTheComplexityLimitIsRefusedUnexecuted() {
    String aliases =
        IntStream.range(0, 1001)
            .mapToObj(i -> "t" + i + ": technologies { number }")
            .collect(Collectors.joining(" "));
    try (ApiHarness api = new ApiHarness()) {
      ExecutionResult result = api.execute(filer, "{ " + aliases + " }");

      assertEquals(1, result.getErrors().size());
      assertEquals("QUERY_TOO_COMPLEX", ErrorMaskingTest.code(result.getErrors().get(0)));
      assertTrue(result.getErrors().get(0).getMessage().contains("at most 1000"));
      assertEquals(0, api.revisions.calls.get());
    }
  }

  @Test
  void aNormalQueryWithinBothLimitsRuns() {
    try (ApiHarness api = new ApiHarness(new QueryLimits(3, 10))) {
      ExecutionResult result = api.execute(filer, "{ technologyRevisions { items { number } } }");

      assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
      assertEquals(1, api.revisions.calls.get());
    }
  }

  @Test
  void theStandardIntrospectionQueryPassesTheDefaultLimits() {
    try (ApiHarness api = new ApiHarness()) {
      ExecutionResult result = api.execute(filer, IntrospectionQuery.INTROSPECTION_QUERY);

      assertTrue(result.getErrors().isEmpty(), result.getErrors().toString());
    }
  }

  /**
   * Documents are parsed and validated once and kept ({@code CachedDocuments}): the limits are
   * still applied to every request, also to one whose document was kept.
   */
  @Test
  void aQueryBeyondTheLimitsIsRefusedEveryTimeItIsSent() {
    String deep = "{ preReports { edges { node { organisation { name } } } } }";
    String complex =
        "{ "
            + IntStream.range(0, 1001)
                .mapToObj(i -> "t" + i + ": technologies { number }")
                .collect(Collectors.joining(" "))
            + " }";
    try (ApiHarness api = new ApiHarness(new QueryLimits(4, 1000))) {
      for (int time = 1; time <= 2; time++) {
        ExecutionResult tooDeep = api.execute(filer, deep);
        ExecutionResult tooComplex = api.execute(filer, complex);

        assertEquals("QUERY_TOO_DEEP", ErrorMaskingTest.code(tooDeep.getErrors().get(0)));
        assertNull(tooDeep.getData(), "time " + time);
        assertEquals("QUERY_TOO_COMPLEX", ErrorMaskingTest.code(tooComplex.getErrors().get(0)));
        assertNull(tooComplex.getData(), "time " + time);
      }
      verifyNoInteractions(api.queries);
      assertEquals(0, api.revisions.calls.get());
    }
  }

  @Test
  void theCostOfAKeptDocumentIsReckonedWithEachRequestsVariables() {
    String page =
        "query($n: Int!) { preReports(first: $n) { edges { node { id reference state } } } }";
    try (ApiHarness api = new ApiHarness(new QueryLimits(15, 1000, 300))) {
      ExecutionResult small = api.execute(filer, page, java.util.Map.of("n", 10));
      ExecutionResult big = api.execute(filer, page, java.util.Map.of("n", 100));
      ExecutionResult bigAgain = api.execute(filer, page, java.util.Map.of("n", 100));

      assertTrue(
          small.getErrors().stream()
              .noneMatch(e -> "QUERY_TOO_COSTLY".equals(ErrorMaskingTest.code(e))),
          small.getErrors().toString());
      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(big.getErrors().get(0)));
      assertNull(big.getData());
      assertEquals("QUERY_TOO_COSTLY", ErrorMaskingTest.code(bigAgain.getErrors().get(0)));
      assertNull(bigAgain.getData());
    }
  }
}
