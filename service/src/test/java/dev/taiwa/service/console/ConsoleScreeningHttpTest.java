package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.screening.ListedCounterparty;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 on the console's case page: a counterparty written in Simplified characters matches an
 * End User List entry written in Traditional ones; the company sees the published match, the
 * officer also sees whether it was reviewed and the verdict once given.
 */
@MicronautTest(transactional = false)
class ConsoleScreeningHttpTest extends DatabaseTest {
  private static final String ENTRY = "蘇州華騰電子科技有限公司";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  @Test
  void theCaseShowsTheHitToTheCompanyAndItsReviewToTheOfficer() {
    World world = new World(organisations, users, hasher);
    String filer = world.user("cs-filer", world.alpha, Role.FILER);
    String officer = world.user("cs-officer", world.meti, Role.DIALOGUE_OFFICER);
    ApiClient api = new ApiClient(http);
    String admin = api.login(world.user("cs-admin", world.meti, Role.ADMIN), World.PASSWORD);
    ListedCounterparty.imported(
        api, admin, "END_USER_LIST", "2026-09-30", "end-user-list-2026-09.csv");
    String id =
        ListedCounterparty.submitted(
            api,
            api.login(filer, World.PASSWORD),
            "console-screening",
            ListedCounterparty.SUZHOU_ORIGINAL,
            ListedCounterparty.SUZHOU_ROMANISED);

    try (ConsoleBrowser company = new ConsoleBrowser(server.getURL())) {
      company.signIn(filer, World.PASSWORD);
      String page = company.get("/cases/" + id).html();
      assertTrue(page.contains(ENTRY), "the published entry");
      assertTrue(page.contains("外国ユーザーリスト（経済産業省） 令和8年"), "list and version date");
      assertFalse(page.contains("確認結果"), "no review column for the company");
    }
    try (ConsoleBrowser desk = new ConsoleBrowser(server.getURL())) {
      desk.signIn(officer, World.PASSWORD);
      String before = desk.get("/cases/" + id).html();
      assertTrue(before.contains(ENTRY) && before.contains("未確認"), "an unreviewed hit");

      String officerToken = api.login(officer, World.PASSWORD);
      Map<String, Object> hit =
          api.graphql(
                  officerToken,
                  "query($id: ID!) { preReport(id: $id) { screening { id version } } }",
                  Map.of("id", id))
              .<List<Map<String, Object>>>at("preReport.screening")
              .get(0);
      api.graphql(
          officerToken,
          "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in) {"
              + " errors { code } } }",
          Map.of(
              "in",
              Map.of(
                  "hitId",
                  hit.get("id"),
                  "verdict",
                  "TRUE_MATCH",
                  "reason",
                  "所在地が一致",
                  "expectedVersion",
                  hit.get("version"))));

      String after = desk.get("/cases/" + id).html();
      assertTrue(after.contains("該当：所在地が一致"), "the verdict with its reason");
    }
  }
}
