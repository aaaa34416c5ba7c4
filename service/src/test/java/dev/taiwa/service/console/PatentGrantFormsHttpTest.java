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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know grants on an application's page (issue 16): a security reviewer grants a named user
 * access with a reason and an expiry and revokes it, through the use cases of {@code grantAccess}
 * and {@code revokeAccess}; the grantee reads the content only while the grant is active; a company
 * never sees the section nor may grant, and another company sees nothing.
 */
@MicronautTest(transactional = false)
class PatentGrantFormsHttpTest extends DatabaseTest {
  private static final String TITLE = "指向性エネルギー装置の冷却機構";
  private static final String REASON = "共同審査のため内容を確認する必要がある";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private PatentConsoleFixture fixture;
  private String grantee;
  private String reviewer;
  private String filer;
  private String stranger;
  private String reviewerToken;
  private String filerToken;

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    String examiner = world.user("pg-examiner", world.meti, Role.PATENT_EXAMINER);
    grantee = world.user("pg-examiner-2", world.meti, Role.PATENT_EXAMINER);
    reviewer = world.user("pg-reviewer", world.meti, Role.SECURITY_REVIEWER);
    filer = world.user("pg-alpha-filer", world.alpha, Role.FILER);
    stranger = world.user("pg-beta-filer", world.beta, Role.FILER);
    String admin = world.user("pg-admin", world.meti, Role.ADMIN);
    ApiClient api = new ApiClient(http);
    fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
    reviewerToken = api.login(reviewer, World.PASSWORD);
    filerToken = api.login(filer, World.PASSWORD);
  }

  private String designated() {
    return fixture.inState(TITLE, "DESIGNATED", reviewerToken, filerToken);
  }

  private static String inAWeek() {
    return LocalDateTime.now(JapanTime.ZONE).plusDays(7).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  @Test
  void theReviewerGrantsAccessTheGranteeReadsTheContentUntilTheGrantIsRevoked() {
    String id = designated();
    try (ConsoleBrowser other = signedIn(grantee)) {
      assertFalse(other.get("/patents/" + id).html().contains(TITLE), "no grant yet: withheld");
    }
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      assertTrue(browser.get("/patents/" + id).html().contains("id=\"no-grants\""));
      ConsoleBrowser.Page granted =
          post(
              browser,
              id,
              "grant-access",
              Map.of("grantee", grantee, "reason", REASON, "expiresAt", inAWeek()));
      assertEquals(303, granted.status(), granted.html());
      String html = browser.get("/patents/" + id).html();
      assertTrue(html.contains("id=\"grants-table\""), html);
      assertTrue(html.contains(grantee + " さん"), "the grantee by name");
      assertTrue(html.contains(REASON));
      assertTrue(html.contains("有効"));
    }
    try (ConsoleBrowser other = signedIn(grantee)) {
      assertTrue(other.get("/patents/" + id).html().contains(TITLE), "the grant opens the content");
    }
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      String grant = grantOn(browser.get("/patents/" + id).html());
      ConsoleBrowser.Page revoked =
          post(browser, id, "revoke-access", Map.of("item", grant, "reason", "審査が終わったため"));
      assertEquals(303, revoked.status(), revoked.html());
      String html = browser.get("/patents/" + id).html();
      assertTrue(html.contains("取消済み"), html);
      assertTrue(html.contains("審査が終わったため"), "the revocation's reason is shown");
      assertFalse(
          html.contains("id=\"revoke-" + grant + "\""), "no revoke form for an ended grant");
    }
    try (ConsoleBrowser other = signedIn(grantee)) {
      assertFalse(other.get("/patents/" + id).html().contains(TITLE), "withheld again");
    }
  }

  @Test
  void aRefusedGrantKeepsWhatWasTypedAndNamesEachField() {
    String id = designated();
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      ConsoleBrowser.Page page =
          post(browser, id, "grant-access", Map.of("grantee", "pg-nobody", "reason", "短い"));
      assertEquals(422, page.status(), page.html());
      String html = page.html();
      assertTrue(html.contains("id=\"grant-access-grantee-error\""), html);
      assertTrue(html.contains("id=\"grant-access-reason-error\""), "the reason is too short");
      assertTrue(html.contains("id=\"grant-access-expiresAt-error\""), "an expiry is required");
      assertTrue(html.contains("value=\"pg-nobody\""), "the login ID typed is kept");

      page =
          post(
              browser,
              id,
              "grant-access",
              Map.of("grantee", reviewer, "reason", REASON, "expiresAt", inAWeek()));
      assertEquals(422, page.status(), "nobody grants themselves access");
      assertTrue(page.html().contains("id=\"grant-access-grantee-error\""), page.html());
      assertTrue(page.html().contains(REASON), "the reason typed is kept");

      page =
          post(
              browser,
              id,
              "grant-access",
              Map.of("grantee", grantee, "reason", REASON, "expiresAt", "2020-01-01T10:00"));
      assertEquals(422, page.status(), "an expiry in the past");
      assertTrue(page.html().contains("id=\"grant-access-expiresAt-error\""), page.html());
      assertTrue(browser.get("/patents/" + id).html().contains("id=\"no-grants\""), "none made");
    }
  }

  @Test
  void aRevocationFromAStalePageIsRefusedAndChangesNothing() {
    String id = designated();
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      assertEquals(
          303,
          post(
                  browser,
                  id,
                  "grant-access",
                  Map.of("grantee", grantee, "reason", REASON, "expiresAt", inAWeek()))
              .status());
      ConsoleBrowser.Page stale = browser.get("/patents/" + id);
      String grant = grantOn(stale.html());
      Map<String, String> form = new HashMap<>();
      form.put("csrf", stale.csrf());
      form.put("item", grant);
      form.put("reason", "最初の取消し");
      assertEquals(303, browser.post("/patents/" + id + "/revoke-access", form).status());
      form.put("reason", "古い画面からの取消し");
      ConsoleBrowser.Page again = browser.post("/patents/" + id + "/revoke-access", form);
      assertEquals(422, again.status(), again.html());
      assertTrue(again.html().contains("already ended"), again.html());
      String html = browser.get("/patents/" + id).html();
      assertTrue(html.contains("最初の取消し"));
      assertFalse(html.contains("古い画面からの取消し"), "the first revocation stands");

      ConsoleBrowser.Page blank = post(browser, id, "revoke-access", Map.of("reason", "理由"));
      assertEquals(422, blank.status(), "no grant chosen");
      String other = designated();
      form.put("csrf", browser.get("/patents/" + other).csrf());
      assertEquals(
          404,
          browser.post("/patents/" + other + "/revoke-access", form).status(),
          "a grant of another application");
    }
  }

  @Test
  void aCompanySeesNoGrantsAndMayNotGrantAnotherCompanySeesNothing() {
    String id = designated();
    Map<String, String> grant = Map.of("grantee", filer, "reason", REASON, "expiresAt", inAWeek());
    try (ConsoleBrowser owner = signedIn(filer)) {
      String html = owner.get("/patents/" + id).html();
      assertTrue(html.contains(TITLE), "the company reads its application");
      assertFalse(html.contains("id=\"grants\""), "but not its grants");
      assertEquals(403, post(owner, id, "grant-access", grant).status());
    }
    try (ConsoleBrowser browser = signedIn(stranger)) {
      assertEquals(404, browser.get("/patents/" + id).status());
      ConsoleBrowser.Page page = post(browser, id, "grant-access", grant);
      assertEquals(404, page.status());
      assertFalse(page.html().contains(TITLE));
    }
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      assertTrue(browser.get("/patents/" + id).html().contains("id=\"no-grants\""), "none made");
    }
  }

  /** The grant the page's first revoke form names. */
  private static String grantOn(String html) {
    Matcher item = Pattern.compile("id=\"revoke-([0-9a-f-]{36})\"").matcher(html);
    assertTrue(item.find(), html);
    return item.group(1);
  }

  /** Posts a form of the application's page with the session's token. */
  private static ConsoleBrowser.Page post(
      ConsoleBrowser browser, String id, String action, Map<String, String> fields) {
    return browser.submit("/patents/" + id, action, fields);
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
