package dev.taiwa.service.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OperationTimerTest {
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final OperationTimer timer = new OperationTimer(meters);

  @Test
  void eachOperationIsCountedInItsOwnSeriesAcrossRequests() {
    time("MyDrafts", "query MyDrafts { preReports { totalCount } }");
    time("MyDrafts", "query MyDrafts { preReports { totalCount } }");
    time(null, "  query Newest($first: Int) { preReports(first: $first) { totalCount } }");
    time("", "{ __typename }");
    time(null, null);

    assertEquals(Map.of("MyDrafts", 2L, "Newest", 1L, "anonymous", 2L), counts());
  }

  @Test
  void aNameThatIsNoGraphQLNameIsCountedAsOther() {
    time("drop table;", "query { __typename }");
    time("x".repeat(101), "query { __typename }");

    assertEquals(Map.of(OperationTimer.OTHER, 2L), counts());
  }

  @Test
  void namesBeyondTheLimitShareTheOtherSeries() {
    for (int i = 0; i < OperationTimer.MAX_NAMES + 5; i++) {
      time("Operation" + i, "query { __typename }");
    }
    time("Operation0", "query { __typename }");

    Map<String, Long> counts = counts();
    assertEquals(OperationTimer.MAX_NAMES + 1, counts.size());
    assertEquals(2L, counts.get("Operation0"));
    assertEquals(5L, counts.get(OperationTimer.OTHER));
  }

  private void time(String operationName, String query) {
    timer.stop(timer.start(), operationName, query);
  }

  /** Requests counted per operation tag. */
  private Map<String, Long> counts() {
    Map<String, Long> counts = new TreeMap<>();
    for (Timer series : meters.find(OperationTimer.METRIC).timers()) {
      counts.put(series.getId().getTag("operation"), series.count());
    }
    return counts;
  }
}
