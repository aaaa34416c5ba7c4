package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.MovableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web console over HTTP as a browser uses it: signing in and out with the session cookie's
 * flags, the form tokens, the idle timeout, and the company's home and case pages, which show what
 * the API's use cases let the caller see and nothing of another company's case.
 */
@MicronautTest(transactional = false)
class ConsoleHttpTest extends DatabaseTest {
  private static final String INTERNAL_AGENDA = "内部議題: 調達網の確認";
  private static final String VISIBLE_AGENDA = "技術管理措置の確認";
  private static final String CONCERN = "出荷先の管理が不明";

  private final MovableClock clock = MovableClock.startingNow();

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private String filer;
  private String stranger;
  private String admin;
  private String auditor;
  private String caseId;
  private String reference;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.security.lockout.max-failures", "3");
    return properties;
  }

  @BeforeAll
  void aCaseWithAConcernToAnswer() {
    World world = new World(organisations, users, hasher);
    filer = world.user("c-alpha-filer", world.alpha, Role.FILER);
    stranger = world.user("c-beta-filer", world.beta, Role.FILER);
    world.user("c-locked-filer", world.alpha, Role.FILER);
    world.user("c-disabled-filer", world.alpha, Role.FILER);
    admin = world.user("c-admin", world.meti, Role.ADMIN);
    auditor = world.user("c-auditor", world.meti, Role.AUDITOR);
    String officerName = world.user("c-officer", world.meti, Role.DIALOGUE_OFFICER);

    ApiClient api = new ApiClient(http);
    String filerToken = api.login(filer, World.PASSWORD);
    String officer = api.login(officerName, World.PASSWORD);
    Map<String, Object> created =
        api.graphql(
                filerToken,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id reference } } }",
                Map.of("in", CaseFixture.form("console")))
            .at("createPreReportDraft.preReport");
    caseId = (String) created.get("id");
    reference = (String) created.get("reference");
    mutate(api, filerToken, "submitPreReport(id: $id)");
    mutate(api, officer, "startPreReportReview(id: $id)");
    String meeting =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in)"
                    + " { meeting { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "startsAt",
                        clock.instant().plus(Duration.ofDays(3)).toString(),
                        "place",
                        "経済産業省 会議室",
                        "agenda",
                        List.of(
                            Map.of("text", VISIBLE_AGENDA, "visibility", "COMPANY_VISIBLE"),
                            Map.of("text", INTERNAL_AGENDA, "visibility", "INTERNAL")))))
            .at("scheduleMeeting.meeting.id");
    api.graphql(
        officer,
        "mutation($id: ID!) { recordMeetingHeld(id: $id, input: {minutes: []}) { errors { code } }"
            + " }",
        Map.of("id", meeting));
    Object raised =
        api.graphql(
                officer,
                "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in)"
                    + " { concern { id } errors { code } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "category",
                        "COUNTERPARTY",
                        "severity",
                        "HIGH",
                        "description",
                        CONCERN,
                        "concernInformation",
                        "懸念情報: 相手方の取引先")))
            .at("raiseConcern.concern.id");
    assertNotNull(raised, "the officer raised a concern");
  }

  @Test
  void signingInSetsAStrictHttpOnlySessionCookieAndOpensTheHome() {
    try (ConsoleBrowser browser = browser()) {
      ConsoleBrowser.Page form = browser.get("/signin");
      assertEquals(200, form.status());
      assertTrue(form.html().contains("ログイン"), form.html());
      String formCookie = form.setCookie(ConsoleCookies.SIGN_IN).orElseThrow().toLowerCase();
      assertTrue(formCookie.contains("httponly"), formCookie);
      assertTrue(formCookie.contains("samesite=strict"), formCookie);

      ConsoleBrowser.Page signedIn = browser.signIn(filer, World.PASSWORD);

      assertEquals(303, signedIn.status(), signedIn.html());
      assertEquals("/", signedIn.location());
      String session = signedIn.setCookie(ConsoleCookies.SESSION).orElseThrow().toLowerCase();
      assertTrue(session.contains("httponly"), session);
      assertTrue(session.contains("samesite=strict"), session);
      assertTrue(session.contains("path=/"), session);
      assertFalse(session.contains("secure"), "not Secure in development mode: " + session);

      ConsoleBrowser.Page home = browser.get("/");
      assertEquals(200, home.status(), home.html());
      assertTrue(home.html().contains("アルファ電材株式会社"), "the organisation in the header");
      assertTrue(home.html().contains(reference), "its case is listed");
      assertTrue(home.html().contains("審査中") || home.html().contains("対話中"), home.html());
      assertTrue(home.html().contains(CONCERN), "the concern to answer is listed");
      assertTrue(
          home.html().replaceAll("\\s+", "").contains("回答が必要な懸念事項</div><divclass=\"count\">1<"),
          "one concern to answer: " + home.html());
      assertTrue(home.html().contains("令和"), "dates in the Japanese era");
      assertEquals("same-origin", home.referrerPolicy(), "forms post with their origin");
      String policy = String.valueOf(home.csp());
      assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
    }
  }

  @Test
  void withoutASessionEveryPageSendsTheBrowserToSignIn() {
    try (ConsoleBrowser browser = browser()) {
      for (String path : List.of("/", "/cases/" + caseId)) {
        ConsoleBrowser.Page page = browser.get(path);
        assertEquals(303, page.status(), path);
        assertEquals("/signin", page.location(), path);
      }
      browser.cookies().put(ConsoleCookies.SESSION, "forged-or-expired");
      assertEquals("/signin", browser.get("/").location());
    }
  }

  @Test
  void aWrongPasswordIsRefusedLikeTheApiAndCountsTowardsTheSameLockout() {
    try (ConsoleBrowser browser = browser()) {
      for (int i = 0; i < 3; i++) {
        ConsoleBrowser.Page refused = browser.signIn("c-locked-filer", "not the password");
        assertEquals(401, refused.status());
        assertTrue(refused.html().contains("ユーザー名またはパスワードが正しくありません"));
        assertTrue(refused.html().contains("value=\"c-locked-filer\""), "keeps the typed name");
        assertTrue(refused.setCookie(ConsoleCookies.SESSION).isEmpty());
      }
      // Locked by three console failures: the API refuses even the right password, and so does
      // the console.
      ApiClient api = new ApiClient(http);
      assertEquals(401, api.loginStatus("c-locked-filer", World.PASSWORD));
      assertEquals(401, browser.signIn("c-locked-filer", World.PASSWORD).status());
      // Each console attempt is audited like a login, naming the console.
      List<Map<String, Object>> failed =
          api.graphql(
                  api.login(auditor, World.PASSWORD),
                  "{ auditEvents(filter: {action: \"LOGIN_FAILED\", actorName: \"c-locked-filer\"},"
                      + " first: 20) { edges { node { summary } } } }")
              .at("auditEvents.edges");
      long viaConsole =
          failed.stream()
              .map(edge -> String.valueOf(((Map<?, ?>) edge.get("node")).get("summary")))
              .filter(summary -> summary.contains("via web console"))
              .count();
      assertEquals(4, viaConsole, String.valueOf(failed));
    }
  }

  @Test
  void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
    try (ConsoleBrowser browser = browser()) {
      browser.get("/signin");
      ConsoleBrowser.Page noToken =
          browser.post("/signin", Map.of("username", filer, "password", World.PASSWORD));
      assertEquals(403, noToken.status());
      assertTrue(noToken.html().contains("有効期限"), noToken.html());
      assertTrue(noToken.setCookie(ConsoleCookies.SESSION).isEmpty(), "no session");

      ConsoleBrowser.Page wrongToken =
          browser.post(
              "/signin", Map.of("username", filer, "password", World.PASSWORD, "csrf", "guessed"));
      assertEquals(403, wrongToken.status());

      assertEquals(303, browser.signIn(filer, World.PASSWORD).status());
      String token = browser.get("/").csrf();
      assertNotNull(token, "the sign-out form carries the session's token");
      assertEquals(403, browser.post("/signout", Map.of()).status());
      assertEquals(403, browser.post("/signout", Map.of("csrf", "guessed")).status());
      assertEquals(200, browser.get("/").status(), "still signed in");
    }
  }

  @Test
  void signingOutEndsTheSessionEvenForACopiedCookie() {
    try (ConsoleBrowser browser = browser()) {
      browser.signIn(filer, World.PASSWORD);
      String copied = browser.cookies().get(ConsoleCookies.SESSION);
      ConsoleBrowser.Page out = browser.post("/signout", Map.of("csrf", browser.get("/").csrf()));

      assertEquals(303, out.status());
      assertEquals("/signin", out.location());
      assertTrue(
          out.setCookie(ConsoleCookies.SESSION).orElseThrow().toLowerCase().contains("max-age=0"));
      browser.cookies().put(ConsoleCookies.SESSION, copied);
      assertEquals("/signin", browser.get("/").location());
    }
  }

  @Test
  void aSessionEndsAfterThirtyMinutesIdleButNotWhileUsed() {
    try (ConsoleBrowser browser = browser()) {
      browser.signIn(filer, World.PASSWORD);
      clock.advance(Duration.ofMinutes(20));
      assertEquals(200, browser.get("/").status());
      clock.advance(Duration.ofMinutes(20));
      assertEquals(200, browser.get("/").status(), "20 minutes after the last request");
      clock.advance(Duration.ofMinutes(31));
      assertEquals("/signin", browser.get("/").location());
    }
  }

  @Test
  void disablingTheAccountEndsItsConsoleSessionAtOnce() {
    try (ConsoleBrowser browser = browser()) {
      ApiClient api = new ApiClient(http);
      String id =
          api.graphql(api.login("c-disabled-filer", World.PASSWORD), "{ me { id } }").at("me.id");
      browser.signIn("c-disabled-filer", World.PASSWORD);
      assertEquals(200, browser.get("/").status());

      api.graphql(
          api.login(admin, World.PASSWORD),
          "mutation($id: ID!) { disableUser(id: $id) { errors { code } } }",
          Map.of("id", id));

      assertEquals("/signin", browser.get("/").location());
      ConsoleBrowser.Page again = browser.signIn("c-disabled-filer", World.PASSWORD);
      assertEquals(401, again.status());
      assertTrue(again.html().contains("無効"), again.html());
    }
  }

  @Test
  void theCasePageShowsWhatTheCompanyMaySeeAndNoInternalNote() {
    try (ConsoleBrowser browser = browser()) {
      browser.signIn(filer, World.PASSWORD);
      ConsoleBrowser.Page page = browser.get("/cases/" + caseId);

      assertEquals(200, page.status(), page.html());
      assertTrue(page.html().contains(reference));
      assertTrue(page.html().contains(CONCERN));
      assertTrue(page.html().contains(VISIBLE_AGENDA), "the company-visible agenda");
      assertFalse(page.html().contains(INTERNAL_AGENDA), "no internal note for the company");
      assertTrue(page.html().contains("経過"), "the timeline");
    }
  }

  @Test
  void anotherCompanysCaseIsNotFound() {
    try (ConsoleBrowser browser = browser()) {
      browser.signIn(stranger, World.PASSWORD);
      ConsoleBrowser.Page other = browser.get("/cases/" + caseId);
      ConsoleBrowser.Page none = browser.get("/cases/00000000-0000-0000-0000-000000000000");
      ConsoleBrowser.Page malformed = browser.get("/cases/not-an-id");

      assertEquals(404, other.status());
      assertFalse(other.html().contains(reference));
      assertFalse(other.html().contains(CONCERN));
      assertEquals(404, none.status());
      assertEquals(404, malformed.status());
      assertFalse(browser.get("/").html().contains(reference), "not on its home either");
    }
  }

  @Test
  void theApiIgnoresTheConsoleCookie() {
    try (ConsoleBrowser browser = browser()) {
      browser.signIn(filer, World.PASSWORD);
      String cookie = ConsoleCookies.SESSION + "=" + browser.cookies().get(ConsoleCookies.SESSION);
      HttpClientResponseException refused =
          org.junit.jupiter.api.Assertions.assertThrows(
              HttpClientResponseException.class,
              () ->
                  http.toBlocking()
                      .exchange(
                          HttpRequest.POST("/graphql", Map.of("query", "{ me { username } }"))
                              .header("Cookie", cookie)));
      assertEquals(401, refused.code());
    }
  }

  private ConsoleBrowser browser() {
    return new ConsoleBrowser(server.getURL());
  }

  private void mutate(ApiClient api, String token, String call) {
    api.graphql(
        token, "mutation($id: ID!) { " + call + " { errors { code } } }", Map.of("id", caseId));
  }
}
