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
}
