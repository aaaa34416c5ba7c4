package dev.taiwa.service.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.screening.application.ListRescreen;
import dev.taiwa.cases.screening.model.ListVersionId;
import dev.taiwa.cases.screening.model.RescreenRun;
import dev.taiwa.cases.screening.port.RescreenRuns;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A re-screening that stopped after its first batch (a node died) is resumed behind its cursor: the
 * cases of the committed batch are not screened again, the others are, and a finished run stays as
 * it is. The background job is off here; the test plays the node that resumes.
 */
@MicronautTest(transactional = false)
@Property(name = "taiwa.screening.rescreen.enabled", value = "false")
@Property(name = "taiwa.screening.rescreen.batch-size", value = "1")
class ListRescreenResumeTest extends DatabaseTest {
  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject ListRescreen rescreen;
  @Inject RescreenRuns runs;

  @Test
  void aStoppedRunResumesBehindItsLastBatchAndScreensNoCaseTwice() throws Exception {
    ApiClient api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    String admin = api.login(world.user("resume-admin", world.meti, Role.ADMIN), World.PASSWORD);
    String filer = api.login(world.user("resume-filer", world.alpha, Role.FILER), World.PASSWORD);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id =
          ListedCounterparty.submitted(
              api,
              filer,
              "resume-" + i,
              ListedCounterparty.SUZHOU_ORIGINAL,
              ListedCounterparty.SUZHOU_ROMANISED);
      cases.add(id);
    }
    String version =
        ListedCounterparty.imported(
            api, admin, "END_USER_LIST", "2026-09-30", "end-user-list-2026-09.csv");
    ListVersionId id = new ListVersionId(version);
    String first = cases.stream().sorted().findFirst().orElseThrow();
    // The node that started the run committed its first batch (the first case by id) and died.
    runs.start(id, 3, Instant.now());
    runs.advance(id, first, 1, 0, 0);

    RescreenRun resumed = rescreen.run(id, ListRescreen.Progress.NONE);
    RescreenRun again = rescreen.run(id, ListRescreen.Progress.NONE);

    assertEquals(RescreenRun.State.FINISHED, resumed.state());
    assertEquals(3, resumed.screened());
    assertEquals(2, resumed.casesWithNewHits(), "the two cases behind the cursor");
    assertEquals(resumed, again, "a finished run is not run again");
    for (String caseId : cases) {
      List<Map<String, Object>> hits =
          api.graphql(
                  filer,
                  "query($id: ID!) { preReport(id: $id) { screening { trigger } } }",
                  Map.of("id", caseId))
              .at("preReport.screening");
      assertEquals(
          caseId.equals(first) ? 0 : 1,
          hits.stream().filter(h -> "LIST_VERSION_IMPORTED".equals(h.get("trigger"))).count(),
          caseId + ": " + hits);
    }
  }
}
