package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The patent track's forms over HTTP as a browser posts them: a refused form comes back (422) with
 * what was typed and each reason next to its field; a form without its token changes nothing;
 * another company's user sees neither the application nor may act on it; a page view of secret
 * content is audited exactly as the same read through the API, and a withheld application shows
 * what the API's skeleton shows.
 */
@MicronautTest(transactional = false)
class PatentFormsHttpTest extends DatabaseTest {
  private static final String TITLE = "極超音速飛しょう体の誘導装置";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private PatentConsoleFixture fixture;
  private String examiner;
  private String otherExaminer;
  private String reviewer;
  private String filer;
  private String stranger;
  private String reviewerToken;
  private String filerToken;

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    examiner = world.user("pf-examiner", world.meti, Role.PATENT_EXAMINER);
    otherExaminer = world.user("pf-examiner-2", world.meti, Role.PATENT_EXAMINER);
    reviewer = world.user("pf-reviewer", world.meti, Role.SECURITY_REVIEWER);
    filer = world.user("pf-alpha-filer", world.alpha, Role.FILER);
    stranger = world.user("pf-beta-filer", world.beta, Role.FILER);
    String admin = world.user("pf-admin", world.meti, Role.ADMIN);
    api = new ApiClient(http);
    fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
    reviewerToken = api.login(reviewer, World.PASSWORD);
    filerToken = api.login(filer, World.PASSWORD);
  }

  private String application(String state) {
    return fixture.inState(TITLE, state, reviewerToken, filerToken);
  }

  @Test
  void sendingWithoutAFieldIsRefusedNextToTheFieldsWithTheReasonKept() {
    String id = application("UNDER_SCREENING");
    try (ConsoleBrowser browser = signedIn(examiner)) {
      ConsoleBrowser.Page page =
          post(browser, id, "screen", Map.of("outcome", "SEND_TO_REVIEW", "reason", "分野の確認中の理由"));
      assertEquals(422, page.status(), page.html());
      assertTrue(page.html().contains("送付には該当する特定技術分野が必要です"), page.html());
      assertTrue(page.html().contains("分野の確認中の理由"), "what was typed is kept");
      assertTrue(page.html().contains("第一次審査中"), "nothing changed");
    }
  }

  @Test
  void designatingWithoutAPeriodOrReasonNamesBothFields() {
    String id = application("APPLICATION_MAINTAINED");
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      ConsoleBrowser.Page page = post(browser, id, "designate", Map.of());
      assertEquals(422, page.status());
      assertTrue(
          page.html().contains("id=\"designate-periodEnd-error\""), "error at the period's end");
      assertTrue(page.html().contains("id=\"designate-reason-error\""), "error at the reason");
      assertTrue(page.html().contains("指定期間の末日は必須です"), page.html());

      String tooLong = LocalDate.now(JapanTime.ZONE).plusYears(2).toString();
      page = post(browser, id, "designate", Map.of("periodEnd", tooLong, "reason", "長すぎる期間"));
      assertEquals(422, page.status());
      assertTrue(page.html().contains("id=\"designate-periodEnd-error\""), page.html());
      assertTrue(page.html().contains("value=\"" + tooLong + "\""), "the date typed is kept");
    }
  }

  @Test
  void maintainingWithAnIncompleteBusinessNamesTheMissingField() {
    String id = application("PRIOR_NOTICE_ISSUED");
    try (ConsoleBrowser browser = signedIn(filer)) {
      ConsoleBrowser.Page page =
          post(browser, id, "maintain", Map.of("name-0", "共同開発株式会社", "role-0", "製造"));
      assertEquals(422, page.status());
      assertTrue(page.html().contains("id=\"maintain-address-0-error\""), page.html());
      assertTrue(page.html().contains("共同開発株式会社"), "the name typed is kept");
    }
  }

  @Test
  void aClaimWithoutAnAmountIsRefusedAndAClaimBeforeDesignationIsRefusedForTheState() {
    String lifted = application("LIFTED");
    String underReview = application("UNDER_SECURITY_REVIEW");
    try (ConsoleBrowser browser = signedIn(filer)) {
      ConsoleBrowser.Page page =
          post(browser, lifted, "claim-compensation", Map.of("cause", "OTHER", "basis", "費用の内訳"));
      assertEquals(422, page.status());
      assertTrue(page.html().contains("id=\"claim-amountYen-error\""), page.html());

      page =
          post(
              browser,
              underReview,
              "claim-compensation",
              Map.of("amountYen", "1000", "cause", "OTHER", "basis", "費用"));
      assertEquals(422, page.status());
      assertTrue(page.html().contains("保全指定を受けた"), page.html());
    }
  }

  @Test
  void aFormWithoutItsTokenChangesNothing() {
    String id = application("UNDER_SECURITY_REVIEW");
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      Map<String, String> form = new HashMap<>();
      form.put("version", "0");
      form.put("text", "事前通知");
      ConsoleBrowser.Page refused = browser.post("/patents/" + id + "/prior-notice", form);
      assertEquals(403, refused.status());
      assertTrue(browser.get("/patents/" + id).html().contains("保全審査中"), "still in review");
    }
  }

  @Test
  void anotherCompanysUserSeesNothingAndChangesNothing() {
    String id = application("PRIOR_NOTICE_ISSUED");
    try (ConsoleBrowser browser = signedIn(stranger)) {
      ConsoleBrowser.Page page = browser.get("/patents/" + id);
      assertEquals(404, page.status());
      assertFalse(page.html().contains(TITLE));
      page = post(browser, id, "withdraw", Map.of("reason", "他社による取下げ"));
      assertEquals(404, page.status());
      assertFalse(browser.get("/patents").html().contains("/patents/" + id));
    }
    try (ConsoleBrowser owner = signedIn(filer)) {
      assertTrue(owner.get("/patents/" + id).html().contains("事前通知済み"), "not withdrawn");
    }
  }

  @Test
  void aPageViewOfSecretContentIsAuditedAsTheSameReadThroughTheApi() {
    String id = application("DESIGNATED");
    long before = secretReads(id);
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      String html = browser.get("/patents/" + id).html();
      assertTrue(html.contains(TITLE), "the reviewer reads the content");
    }
    long byPage = secretReads(id) - before;
    api.graphql(
        reviewerToken,
        "query($id: ID!) { patentApplication(id: $id) { title abstract claims reviewRecords {"
            + " kind } } }",
        Map.of("id", id));
    long byApi = secretReads(id) - before - byPage;
    assertTrue(byPage > 0, "the page's read is audited");
    assertEquals(byApi, byPage, "as many audit entries as the same read through the API");
  }

  @Test
  void aWithheldApplicationShowsTheApisSkeletonAndIsNotAudited() {
    String id = application("DESIGNATED");
    String otherToken = api.login(otherExaminer, World.PASSWORD);
    var shown =
        api.graphql(
            otherToken,
            "query($id: ID!) { patentApplication(id: $id) { applicationNumber state"
                + " secretWithheld title filingDate ipcCodes } }",
            Map.of("id", id));
    assertEquals(Boolean.TRUE, shown.at("patentApplication.secretWithheld"));
    assertNull(shown.at("patentApplication.filingDate"));
    String number = shown.at("patentApplication.applicationNumber");
    long before = secretReads(id);
    try (ConsoleBrowser browser = signedIn(otherExaminer)) {
      ConsoleBrowser.Page page = browser.get("/patents/" + id);
      assertEquals(200, page.status());
      assertTrue(page.html().contains(number), "the number, as the API's skeleton");
      assertTrue(page.html().contains("保全指定中"), "the state, as the API's skeleton");
      assertTrue(page.html().contains("id=\"withheld\""), page.html());
      assertFalse(page.html().contains(TITLE));
      assertFalse(page.html().contains("F41G"), "no IPC codes");
      assertFalse(page.html().contains("共有社"), "no records");
      assertFalse(page.html().contains("出願日"), "no filing date");
      assertFalse(browser.get("/patents").html().contains(TITLE));
    }
    assertEquals(before, secretReads(id), "nothing secret was read");
  }

  @Test
  void theReviewerDecidesAnOpenRequestWithConditionsOnceAndTheCompanyReadsThem() {
    String id = application("DESIGNATED");
    var filed =
        api.graphql(
            filerToken,
            "mutation($id: ID!) { fileDesignationObligation(id: $id, input: {kind:"
                + " WORKING_PERMISSION_REQUEST, text: \"試作したい\"}) { recordId errors { code } } }",
            Map.of("id", id));
    String request = filed.at("fileDesignationObligation.recordId");
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      String html = browser.get("/patents/" + id).html();
      java.util.regex.Matcher select =
          java.util.regex.Pattern.compile("<select id=\"([^\"]+)\" name=\"kind\"").matcher(html);
      int selects = 0;
      while (select.find()) {
        selects++;
        assertTrue(html.contains("<label for=\"" + select.group(1) + "\""), select.group(1));
        assertEquals(
            html.indexOf("id=\"" + select.group(1) + "\""),
            html.lastIndexOf("id=\"" + select.group(1) + "\""),
            "one element with the id " + select.group(1));
      }
      assertEquals(2, selects, "the decision on the request and the document to generate");
      ConsoleBrowser.Page decided =
          post(
              browser,
              id,
              "decide-obligation",
              Map.of("item", request, "kind", "WORKING_PERMISSION_GRANTED", "text", "国内に限る"));
      assertEquals(303, decided.status(), decided.html());
      ConsoleBrowser.Page again =
          post(
              browser,
              id,
              "decide-obligation",
              Map.of("item", request, "kind", "WORKING_PERMISSION_REFUSED", "text", "二度目"));
      assertEquals(422, again.status(), "answered once only");
    }
    try (ConsoleBrowser company = signedIn(filer)) {
      String html = company.get("/patents/" + id).html();
      assertTrue(html.contains("国内に限る"), "the company reads the conditions");
      assertFalse(html.contains("二度目"));
    }
  }

  @Test
  void aClaimIsAssessedOnlyOnItsOwnApplicationsPage() {
    String claimed = application("LIFTED");
    String other = application("LIFTED");
    var response =
        api.graphql(
            filerToken,
            "mutation($id: ID!) { claimCompensation(applicationId: $id, input: {amountYen: 5000,"
                + " basis: \"費用\", cause: OTHER}) { compensationClaim { id } errors { code } } }",
            Map.of("id", claimed));
    String claim = response.at("claimCompensation.compensationClaim.id");
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      ConsoleBrowser.Page wrong =
          post(browser, other, "note-claim", Map.of("item", claim, "text", "別の出願から"));
      assertEquals(404, wrong.status());
      String version =
          java.util.regex.Pattern.compile(
                  "name=\"version\" value=\"([0-9]+)\">\\s*<input type=\"hidden\" name=\"item\""
                      + " value=\""
                      + claim)
              .matcher(browser.get("/patents/" + claimed).html())
              .results()
              .map(m -> m.group(1))
              .findFirst()
              .orElseThrow();
      Map<String, String> form = new HashMap<>();
      form.put("csrf", browser.get("/patents/" + claimed).csrf());
      form.put("version", version);
      form.put("item", claim);
      form.put("text", "見積書を確認");
      assertEquals(303, browser.post("/patents/" + claimed + "/note-claim", form).status());
      String html = browser.get("/patents/" + claimed).html();
      assertTrue(html.contains("見積書を確認"));
      assertFalse(html.contains("別の出願から"));
    }
  }

  private long secretReads(String id) {
    return auditLog.trail(CaseId.parse(id)).stream()
        .filter(e -> e.entry().action().equals("SECRET_CONTENT_READ"))
        .count();
  }

  /** Posts a form of the application's page with the session's token and the page's version. */
  private static ConsoleBrowser.Page post(
      ConsoleBrowser browser, String id, String action, Map<String, String> fields) {
    ConsoleBrowser.Page page = browser.get("/patents/" + id);
    Map<String, String> form = new HashMap<>(fields);
    form.put("csrf", page.csrf());
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(page.html());
    if (version.find()) {
      form.put("version", version.group(1));
    }
    return browser.post("/patents/" + id + "/" + action, form);
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
