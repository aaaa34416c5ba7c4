package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Break-glass access in the console: a security reviewer opens emergency access to an application
 * for themselves with a reason on its page, through the use case of {@code openBreakGlass}; it
 * waits in the auditors' queue on the audit page (without the application's content, with a link to
 * its case's events) until an auditor, never the reviewer, records a review with a note ({@code
 * reviewBreakGlass}); a company may do neither.
 */
@MicronautTest(transactional = false)
class PatentBreakGlassFormsHttpTest extends DatabaseTest {
  private static final String TITLE = "高出力レーザーの冷却構造";
  private static final String REASON = "夜間の事故対応のため直ちに内容を確認する必要がある";
  private static final String NOTE = "事故報告と照合し、必要な範囲の閲覧だったことを確認した";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private PatentConsoleFixture fixture;
  private String reviewer;
  private String auditor;
  private String filer;
  private String reviewerToken;
  private String filerToken;

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    String examiner = world.user("bg-examiner", world.meti, Role.PATENT_EXAMINER);
    reviewer = world.user("bg-reviewer", world.meti, Role.SECURITY_REVIEWER);
    auditor = world.user("bg-auditor", world.meti, Role.AUDITOR);
    filer = world.user("bg-alpha-filer", world.alpha, Role.FILER);
    String admin = world.user("bg-admin", world.meti, Role.ADMIN);
    ApiClient api = new ApiClient(http);
    fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
    reviewerToken = api.login(reviewer, World.PASSWORD);
    filerToken = api.login(filer, World.PASSWORD);
  }

  private String designated() {
    return fixture.inState(TITLE, "DESIGNATED", reviewerToken, filerToken);
  }

  @Test
  void theReviewerOpensBreakGlassAndAnAuditorReviewsItFromTheQueue() {
    String id = designated();
    String grant;
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      ConsoleBrowser.Page opened = post(browser, id, "open-break-glass", Map.of("reason", REASON));
      assertEquals(303, opened.status(), opened.html());
      String html = browser.get("/patents/" + id).html();
      assertTrue(html.contains("id=\"grants-table\""), html);
      assertTrue(html.contains(REASON));
      assertTrue(html.contains("緊急アクセス"), "flagged as break-glass");
      assertTrue(html.contains("監査担当者の確認待ち"), "awaiting review");
      grant = grantOn(html);
      assertEquals(
          403,
          review(browser, grant, NOTE).status(),
          "nobody but an auditor reviews, never the one who opened it");
    }
    try (ConsoleBrowser browser = signedIn(auditor)) {
      String audit = browser.get("/audit").html();
      assertTrue(audit.contains("id=\"break-glass-table\""), audit);
      assertTrue(audit.contains(REASON), "the queue names the reason");
      assertTrue(audit.contains("href=\"/audit?case=" + id + "\""), "and the case's events");
      assertFalse(audit.contains(TITLE), "but no content");

      ConsoleBrowser.Page reviewed = review(browser, grant, NOTE);
      assertEquals(303, reviewed.status(), reviewed.html());
      assertFalse(
          browser.get("/audit").html().contains("id=\"review-break-glass-" + grant + "\""),
          "it leaves the queue");
      ConsoleBrowser.Page again = review(browser, grant, "二度目の確認");
      assertEquals(422, again.status(), "reviewed once");
      assertTrue(again.html().contains("reviewed"), again.html());
    }
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      String html = browser.get("/patents/" + id).html();
      assertTrue(html.contains("確認済み"), html);
      assertTrue(html.contains(NOTE), "the review's note is shown");
      assertFalse(html.contains("二度目の確認"));
    }
  }

  @Test
  void aRefusedFormKeepsWhatWasTypedAndWritesNothing() {
    String id = designated();
    String grant;
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      ConsoleBrowser.Page page = post(browser, id, "open-break-glass", Map.of("reason", "短い"));
      assertEquals(422, page.status(), page.html());
      assertTrue(page.html().contains("id=\"open-break-glass-reason-error\""), page.html());
      assertTrue(page.html().contains("短い"), "the reason typed is kept");
      assertTrue(browser.get("/patents/" + id).html().contains("id=\"no-grants\""), "none made");
      assertEquals(303, post(browser, id, "open-break-glass", Map.of("reason", REASON)).status());
      grant = grantOn(browser.get("/patents/" + id).html());
    }
    try (ConsoleBrowser browser = signedIn(auditor)) {
      ConsoleBrowser.Page page = review(browser, grant, "");
      assertEquals(422, page.status(), "a review needs a note");
      assertTrue(page.html().contains("id=\"review-note-" + grant + "-error\""), page.html());
      assertTrue(
          page.html().contains("id=\"review-break-glass-" + grant + "\""), "still in the queue");
      assertEquals(
          404,
          review(browser, UUID.randomUUID().toString(), NOTE).status(),
          "a break-glass access nobody opened");
      assertEquals(404, review(browser, "not-an-id", NOTE).status());
    }
  }

  @Test
  void aCompanyMayNeitherOpenNorReviewBreakGlass() {
    String id = designated();
    try (ConsoleBrowser owner = signedIn(filer)) {
      assertFalse(owner.get("/patents/" + id).html().contains("id=\"open-break-glass\""));
      assertEquals(403, post(owner, id, "open-break-glass", Map.of("reason", REASON)).status());
    }
    String grant;
    try (ConsoleBrowser browser = signedIn(reviewer)) {
      assertTrue(browser.get("/patents/" + id).html().contains("id=\"no-grants\""), "none made");
      assertEquals(303, post(browser, id, "open-break-glass", Map.of("reason", REASON)).status());
      grant = grantOn(browser.get("/patents/" + id).html());
    }
    try (ConsoleBrowser owner = signedIn(filer)) {
      assertEquals(403, review(owner, grant, NOTE).status());
    }
  }

  /** The break-glass access the page's grants table names first (by its review line). */
  private static String grantOn(String html) {
    Matcher item = Pattern.compile("id=\"review-([0-9a-f-]{36})\"").matcher(html);
    assertTrue(item.find(), html);
    return item.group(1);
  }

  /** Posts a form of the application's page with the session's token. */
  private static ConsoleBrowser.Page post(
      ConsoleBrowser browser, String id, String action, Map<String, String> fields) {
    return browser.submit("/patents/" + id, action, fields);
  }

  /** Posts the review of break-glass access {@code grant} from the audit page's queue. */
  private static ConsoleBrowser.Page review(ConsoleBrowser browser, String grant, String note) {
    Map<String, String> form = new HashMap<>();
    String csrf = browser.get("/audit").csrf();
    assertTrue(csrf != null && !csrf.isEmpty(), "every page carries the session's form token");
    form.put("csrf", csrf);
    form.put("note", note);
    return browser.post("/audit/break-glass/" + grant, form);
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
