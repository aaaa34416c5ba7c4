package dev.taiwa.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.OrganisationId;
import dev.taiwa.cases.kernel.Page;
import dev.taiwa.cases.kernel.Result;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.cases.prereport.model.PreReportAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlockingExecutorTest {
  private final ApiHarness api = new ApiHarness();
  private final OrganisationId organisation = OrganisationId.random();
  private final Actor filer = Fixtures.aFiler(organisation);
  private final ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void useCasesRunOnTheBlockingExecutorNeverOnTheCallersThread() {
    PreReport report = Fixtures.aDraft(organisation, Instant.parse("2026-03-01T00:00:00Z"), 1);
    when(api.queries.search(any(), any(), any(), any()))
        .thenAnswer(call -> record(new Page<>(List.of(report), false, 1)));
    when(api.queries.availableActions(any(), any()))
        .thenAnswer(call -> record(Set.of(PreReportAction.SUBMIT)));
    when(api.commands.submit(any(), any(), any())).thenAnswer(call -> record(Result.ok(report)));

    Map<String, Object> query =
        api.response(filer, "{ preReports { edges { node { availableActions } } } }");
    Map<String, Object> mutation =
        api.response(
            filer, "mutation { submitPreReport(id: \"" + report.id() + "\") { errors { code } } }");

    assertNull(query.get("errors"), String.valueOf(query));
    assertNull(mutation.get("errors"), String.valueOf(mutation));
    assertEquals(3, threads.size(), threads.toString());
    assertTrue(threads.stream().allMatch(t -> t.startsWith("blocking-")), threads.toString());
  }

  private <T> T record(T value) {
    threads.add(Thread.currentThread().getName());
    return value;
  }
}
