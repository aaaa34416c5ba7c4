package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notices of non-sending on an application's page (issue 16), through the use cases of {@code
 * requestNonSendingNotice} and {@code issueNonSendingNotice}: the company asks once while the
 * application is screened, the examiner issues the notice once the screening period has passed.
 */
@MicronautTest(transactional = false)
class PatentNonSendingFormsHttpTest extends DatabaseTest {
  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private PatentConsoleFixture fixture;
  private String examiner;
  private String filer;
  private String stranger;

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    examiner = world.user("pn-examiner", world.meti, Role.PATENT_EXAMINER);
    filer = world.user("pn-alpha-filer", world.alpha, Role.FILER);
    stranger = world.user("pn-beta-filer", world.beta, Role.FILER);
    String admin = world.user("pn-admin", world.meti, Role.ADMIN);
    ApiClient api = new ApiClient(http);
    fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
  }

  private String filedDaysAgo(int days) {
    return fixture.register("誘導装置", LocalDate.now(JapanTime.ZONE).minusDays(days)).id();
  }

  @Test
  void theCompanyRequestsTheNoticeAndTheExaminerIssuesItOnceThePeriodHasPassed() {
    String id = filedDaysAgo(400);
    try (ConsoleBrowser company = signedIn(filer)) {
      assertFalse(company.get("/patents/" + id).html().contains("に申出"), "nothing asked yet");
      ConsoleBrowser.Page requested = post(company, id, "request-non-sending");
      assertEquals(303, requested.status(), requested.html());
      String html = company.get("/patents/" + id).html();
      assertTrue(html.contains("に申出（未発出）"), html);
      assertFalse(html.contains("id=\"request-non-sending\""), "asked once only");
    }
    try (ConsoleBrowser bench = signedIn(examiner)) {
      assertTrue(bench.get("/patents/" + id).html().contains("id=\"issue-non-sending\""));
      ConsoleBrowser.Page issued = post(bench, id, "issue-non-sending");
      assertEquals(303, issued.status(), issued.html());
      assertFalse(bench.get("/patents/" + id).html().contains("id=\"issue-non-sending\""));
    }
    try (ConsoleBrowser company = signedIn(filer)) {
      String today = ConsoleDates.date(LocalDate.now(JapanTime.ZONE));
      assertTrue(
          company.get("/patents/" + id).html().contains(today + " に発出"), "the company reads it");
    }
  }

  @Test
  void theNoticeIsNotIssuedBeforeTheScreeningPeriodHasPassed() {
    String id = filedDaysAgo(10);
    try (ConsoleBrowser company = signedIn(filer)) {
      assertEquals(303, post(company, id, "request-non-sending").status());
    }
    try (ConsoleBrowser bench = signedIn(examiner)) {
      ConsoleBrowser.Page early = post(bench, id, "issue-non-sending");
      assertEquals(422, early.status(), early.html());
      assertTrue(early.html().contains("第一次審査の期間"), early.html());
      assertTrue(bench.get("/patents/" + id).html().contains("に申出（未発出）"), "not issued");
    }
  }

  @Test
  void aRequestFromAStalePageGetsTheConflictMessage() {
    String id = filedDaysAgo(10);
    try (ConsoleBrowser company = signedIn(filer)) {
      ConsoleBrowser.Page stale = company.get("/patents/" + id);
      Map<String, String> form = formOf(stale);
      assertEquals(303, company.post("/patents/" + id + "/request-non-sending", form).status());
      ConsoleBrowser.Page again = company.post("/patents/" + id + "/request-non-sending", form);
      assertEquals(409, again.status(), again.html());
      assertTrue(again.html().contains("ほかの利用者がこの案件を先に更新しました"), again.html());
    }
  }

  @Test
  void anotherCompanySeesNothingAndMayNotRequest() {
    String id = filedDaysAgo(400);
    try (ConsoleBrowser other = signedIn(stranger)) {
      ConsoleBrowser.Page page = other.get("/patents/" + id);
      assertEquals(404, page.status());
      Map<String, String> form = new HashMap<>();
      form.put("csrf", other.get("/patents").csrf());
      assertEquals(404, other.post("/patents/" + id + "/request-non-sending", form).status());
    }
    try (ConsoleBrowser company = signedIn(filer)) {
      String html = company.get("/patents/" + id).html();
      assertFalse(html.contains("に申出"), "nothing was requested");
      assertTrue(html.contains("id=\"request-non-sending\""), "the company still may ask");
    }
  }

  private static Map<String, String> formOf(ConsoleBrowser.Page page) {
    Map<String, String> form = new HashMap<>();
    form.put("csrf", page.csrf());
    Matcher version = Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(page.html());
    assertTrue(version.find(), page.html());
    form.put("version", version.group(1));
    return form;
  }

  private static ConsoleBrowser.Page post(ConsoleBrowser browser, String id, String action) {
    return browser.post("/patents/" + id + "/" + action, formOf(browser.get("/patents/" + id)));
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
