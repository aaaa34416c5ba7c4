package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics dashboard over HTTP: its tables and CSV downloads hold the figures the API's
 * {@code statistics} answers the same caller; a company's board holds its own organisation only; an
 * admin is refused.
 */
@MicronautTest(transactional = false)
class ConsoleDashboardHttpTest extends DatabaseTest {
  private static final String BY_TECHNOLOGY =
      "{ statistics { preReports { filed byTechnology { key count } } } }";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String officer;
  private String alpha;
  private String admin;

  @BeforeAll
  void twoCompaniesFileReports() {
    World world = new World(organisations, users, hasher);
    officer = world.user("db-officer", world.meti, Role.DIALOGUE_OFFICER);
    alpha = world.user("db-alpha", world.alpha, Role.FILER);
    String beta = world.user("db-beta", world.beta, Role.FILER);
    admin = world.user("db-admin", world.meti, Role.ADMIN);
    api = new ApiClient(http);
    file(alpha, 1, "CN");
    file(alpha, 6, "VN");
    file(beta, 3, "IN");
  }

  @Test
  void anOfficersTechnologyTableAndCsvHoldWhatTheApiAnswers() {
    ConsoleBrowser browser = signedIn(officer);
    ConsoleBrowser.Page page = browser.get("/dashboard");
    ConsoleBrowser.Page csv = browser.get("/dashboard.csv?chart=technology");

    assertEquals(200, page.status());
    assertTrue(page.html().contains("<svg class=\"bars\" role=\"img\""), "a chart is drawn");
    List<String> expected = new ArrayList<>(List.of("対象技術,件数"));
    for (Map<String, Object> c : apiByTechnology(officer)) {
      String row = "第" + c.get("key") + "号";
      assertTrue(page.html().contains("<th scope=\"row\">" + row + "</th>"), row);
      expected.add(row + "," + c.get("count"));
    }
    assertEquals(200, csv.status());
    assertTrue(csv.html().startsWith("\uFEFF"), "a byte-order mark for Excel");
    assertEquals(String.join("\r\n", expected) + "\r\n", csv.html().substring(1), "CRLF line ends");
  }

  @Test
  void aCompanysBoardCountsOnlyItsOwnReports() {
    ConsoleBrowser.Page page = signedIn(alpha).get("/dashboard");

    assertEquals(200, page.status());
    assertTrue(page.html().contains("<th scope=\"row\">CN</th>"));
    assertFalse(page.html().contains("<th scope=\"row\">IN</th>"), "the other company's country");
    assertFalse(page.html().contains("<th scope=\"row\">第3号</th>"), "its technology");
    assertEquals(2, apiByTechnology(alpha).size());
  }

  @Test
  void theTechnologyFilterNarrowsTheBoardAndAReversedPeriodIsShownAtItsField() {
    ConsoleBrowser browser = signedIn(officer);
    String filtered = browser.get("/dashboard?technology=6").html();
    String reversed = browser.get("/dashboard?filedFrom=2026-03-02&filedTo=2026-03-01").html();

    assertTrue(filtered.contains("<th scope=\"row\">第6号</th>"));
    assertFalse(filtered.contains("<th scope=\"row\">第1号</th>"));
    assertTrue(reversed.contains("id=\"f-to-error\""), "the error next to the field");
  }

  @Test
  void anAdminHasNoDashboardAndNoMenuEntry() {
    ConsoleBrowser browser = signedIn(admin);

    assertEquals(403, browser.get("/dashboard").status());
    assertEquals(403, browser.get("/dashboard.csv?chart=technology").status());
    assertFalse(browser.get("/audit").html().contains("href=\"/dashboard\""));
    assertTrue(signedIn(officer).get("/queues").html().contains("href=\"/dashboard\""));
  }

  private List<Map<String, Object>> apiByTechnology(String username) {
    return api.graphql(api.login(username, World.PASSWORD), BY_TECHNOLOGY)
        .at("statistics.preReports.byTechnology");
  }

  private void file(String username, int technology, String country) {
    String token = api.login(username, World.PASSWORD);
    Map<String, Object> form = new HashMap<>(CaseFixture.form("dashboard"));
    form.put("technologyNumbers", List.of(technology));
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal",
            "統計公司",
            "nameRomanised",
            "Stat Co.",
            "countryCode",
            country,
            "relationship",
            "UNRELATED"));
    String id =
        api.graphql(
                token,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    api.graphql(
        token,
        "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
        Map.of("id", id));
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
