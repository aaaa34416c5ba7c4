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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dialogue officer's queues and the auditor's trail over HTTP: the queues list what the API's
 * {@code dialogueQueue} lists, page by the API's cursors and sort; the trail filters as {@code
 * auditEvents} does and its button verifies the chain as {@code verifyAuditChain} does; English
 * when the user switches to it.
 */
@MicronautTest(transactional = false)
class ConsoleOfficerAndAuditorHttpTest extends DatabaseTest {
  private static final Pattern QUEUE_REFERENCE =
      Pattern.compile("<a href=\"/cases/[^\"]+\">([^<]+)</a>");

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String officer;
  private String officerToken;
  private String auditor;
  private String auditorToken;
  private String filer;
  private final List<String> ids = new ArrayList<>();
  private final List<String> references = new ArrayList<>();

  @BeforeAll
  void sixtyUnassignedCasesAndOneOfTheOfficers() {
    World world = new World(organisations, users, hasher);
    filer = world.user("q-alpha-filer", world.alpha, Role.FILER);
    officer = world.user("q-officer", world.meti, Role.DIALOGUE_OFFICER);
    auditor = world.user("q-auditor", world.meti, Role.AUDITOR);
    api = new ApiClient(http);
    String filerToken = api.login(filer, World.PASSWORD);
    officerToken = api.login(officer, World.PASSWORD);
    auditorToken = api.login(auditor, World.PASSWORD);
    for (int i = 0; i < QueuePage.PAGE_SIZE + 10; i++) {
      Map<String, Object> created =
          api.graphql(
                  filerToken,
                  "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                      + " id reference } } }",
                  Map.of("in", CaseFixture.form("queue " + i)))
              .at("createPreReportDraft.preReport");
      String id = (String) created.get("id");
      api.graphql(
          filerToken,
          "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
          Map.of("id", id));
      ids.add(id);
      references.add((String) created.get("reference"));
    }
    Object assigned =
        api.graphql(
                officerToken,
                "mutation($id: ID!) { allocateToMe(caseId: $id) { errors { code } } }",
                Map.of("id", ids.get(0)))
            .at("allocateToMe.errors");
    assertEquals(List.of(), assigned, "the officer takes the first case");
  }

  @Test
  void theOfficersHomeIsTheQueuesAndEachQueueListsWhatTheApiLists() {
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page home = browser.get("/");
      assertEquals(303, home.status());
      assertEquals("/queues", home.location());

      ConsoleBrowser.Page mine = browser.get("/queues");
      assertEquals(200, mine.status(), mine.html());
      assertEquals(List.of(references.get(0)), referencesOn(mine), "mine is the default queue");

      for (String queue : List.of("unassigned", "overdue", "awaiting-company")) {
        ConsoleBrowser.Page page =
            browser.get("/queues?queue=" + queue + "&sort=received&order=desc");
        assertEquals(200, page.status(), queue);
        List<String> api = apiQueue(queue.toUpperCase().replace('-', '_'), null, null);
        assertEquals(api, referencesOn(page), queue + " as the API lists it");
      }
    }
  }

  @Test
  void theUnassignedQueuePagesByTheApisCursorsAndSortsAcrossItsPages() {
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page first = browser.get("/queues?queue=unassigned");
      List<String> shown = referencesOn(first);
      assertEquals(QueuePage.PAGE_SIZE, shown.size());
      assertFalse(shown.contains(references.get(0)), "the assigned case is not unassigned");
      String next = nextLink(first);
      String cursor = URLDecoder.decode(next.replaceAll(".*after=", ""), StandardCharsets.UTF_8);
      Map<String, Object> apiPage =
          api.graphql(
                  officerToken,
                  "{ dialogueQueue(kind: UNASSIGNED, first: "
                      + QueuePage.PAGE_SIZE
                      + ") { pageInfo { endCursor } } }")
              .at("dialogueQueue.pageInfo");
      assertEquals(apiPage.get("endCursor"), cursor, "the console's cursor is the API's");

      ConsoleBrowser.Page second = browser.get(next.replace("&amp;", "&"));
      List<String> rest = referencesOn(second);
      assertEquals(apiQueue("UNASSIGNED", cursor, null), rest, "the next page as the API pages it");
      assertEquals(references.size() - 1, shown.size() + rest.size(), "every unassigned case once");

      List<String> all = new java.util.ArrayList<>(shown);
      all.addAll(rest);
      List<String> byReference =
          referencesOn(browser.get("/queues?queue=unassigned&sort=reference&order=asc"));
      assertEquals(
          all.stream().sorted().limit(QueuePage.PAGE_SIZE).toList(),
          byReference,
          "the first page of the whole queue sorted by reference");
      assertEquals(
          all.stream()
              .sorted(java.util.Comparator.reverseOrder())
              .limit(QueuePage.PAGE_SIZE)
              .toList(),
          referencesOn(browser.get("/queues?queue=unassigned&sort=reference&order=desc")));
    }
  }

  @Test
  void theTechnologyQueueAsksForItsNumberNextToTheField() {
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page missing = browser.get("/queues?queue=by-technology&technology=abc");
      assertEquals(200, missing.status());
      assertTrue(missing.html().contains("id=\"technology-error\""), missing.html());
      assertTrue(missing.html().contains("value=\"abc\""), "keeps what was typed");

      ConsoleBrowser.Page first = browser.get("/queues?queue=by-technology&technology=1");
      assertEquals(apiQueue("BY_TECHNOLOGY", null, 1), referencesOn(first));
      assertTrue(referencesOn(browser.get("/queues?queue=by-technology&technology=24")).isEmpty());
    }
  }

  @Test
  void withoutASessionTheQueuesAndTheTrailSendTheBrowserToSignIn() {
    try (ConsoleBrowser browser = new ConsoleBrowser(server.getURL())) {
      for (String path : List.of("/queues?queue=unassigned", "/audit?case=" + ids.get(1))) {
        ConsoleBrowser.Page page = browser.get(path);
        assertEquals(303, page.status(), path);
        assertEquals("/signin", page.location(), path);
      }
      ConsoleBrowser.Page verify = browser.post("/audit/verify", Map.of("csrf", "guessed"));
      assertEquals("/signin", verify.location());
    }
  }

  @Test
  void aFilerMayNotReadQueuesOrTheAuditTrail() {
    try (ConsoleBrowser browser = signedIn(filer)) {
      assertEquals(403, browser.get("/queues").status());
      assertEquals(403, browser.get("/audit").status());
      assertFalse(browser.get("/").html().contains("href=\"/queues\""), "no menu entry");
    }
  }

  @Test
  void theAuditorFiltersTheTrailLikeTheApi() {
    try (ConsoleBrowser browser = signedIn(auditor)) {
      ConsoleBrowser.Page home = browser.get("/");
      assertEquals("/audit", home.location(), "the auditor's home is the trail");

      String caseId = ids.get(1);
      ConsoleBrowser.Page ofCase = browser.get("/audit?case=" + caseId);
      assertEquals(200, ofCase.status(), ofCase.html());
      List<Map<String, Object>> edges =
          api.graphql(
                  auditorToken,
                  "query($id: ID!) { auditEvents(filter: {caseId: $id}, first: 50) { edges { node"
                      + " { sequence action } } } }",
                  Map.of("id", caseId))
              .at("auditEvents.edges");
      List<String> apiSequences =
          edges.stream()
              .map(e -> String.valueOf(((Map<?, ?>) e.get("node")).get("sequence")))
              .toList();
      assertFalse(apiSequences.isEmpty());
      assertEquals(apiSequences, sequencesOn(ofCase), "the case's events as the API lists them");

      ConsoleBrowser.Page submitted =
          browser.get("/audit?case=" + caseId + "&action=PRE_REPORT_SUBMITTED&outcome=ACCEPTED");
      assertEquals(1, sequencesOn(submitted).size(), submitted.html());
      ConsoleBrowser.Page byActor =
          browser.get("/audit?actor=q-officer&action=CASE_OFFICER_ASSIGNED");
      assertTrue(
          byActor.html().contains("CASE_OFFICER_ASSIGNED") || sequencesOn(byActor).isEmpty());
      ConsoleBrowser.Page future = browser.get("/audit?from=2999-01-01");
      assertTrue(sequencesOn(future).isEmpty(), "nothing in the future");

      ConsoleBrowser.Page badDate = browser.get("/audit?from=yesterday&actor=q-officer");
      assertEquals(200, badDate.status());
      assertTrue(badDate.html().contains("id=\"f-from-error\""), badDate.html());
      assertTrue(badDate.html().contains("value=\"yesterday\""), "keeps what was typed");
      assertTrue(badDate.html().contains("value=\"q-officer\""), "keeps the other filters");
    }
  }

  @Test
  void theAuditorsButtonVerifiesTheChainAndTheRunIsAudited() {
    try (ConsoleBrowser browser = signedIn(auditor)) {
      ConsoleBrowser.Page trail = browser.get("/audit");
      assertTrue(trail.html().contains("id=\"verify-button\""), "the auditor may verify");
      assertEquals(403, browser.post("/audit/verify", Map.of()).status(), "no token, no run");

      ConsoleBrowser.Page verified = browser.post("/audit/verify", Map.of("csrf", trail.csrf()));
      assertEquals(200, verified.status(), verified.html());
      assertTrue(verified.html().contains("id=\"verification-result\""), verified.html());
      assertTrue(verified.html().contains("改ざんは見つかりませんでした"), verified.html());

      ConsoleBrowser.Page runs =
          browser.get("/audit?actor=q-auditor&action=AUDIT_CHAIN_VERIFIED&outcome=ACCEPTED");
      assertEquals(1, sequencesOn(runs).size(), "one run audited");
    }
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page trail = browser.get("/audit");
      assertEquals(200, trail.status(), "officers read case events");
      assertFalse(trail.html().contains("id=\"verify-button\""), "but may not verify");
      assertEquals(403, browser.post("/audit/verify", Map.of("csrf", trail.csrf())).status());
    }
  }

  @Test
  void englishWhenTheUserChoosesItJapaneseByDefault() {
    try (ConsoleBrowser browser = new ConsoleBrowser(server.getURL())) {
      ConsoleBrowser.Page form = browser.get("/signin");
      assertTrue(form.html().contains("<html lang=\"ja\">"));
      assertTrue(form.html().contains("ログイン"));
      assertEquals(403, browser.post("/language", Map.of("lang", "en")).status(), "no token");
      ConsoleBrowser.Page switched =
          browser.post("/language", Map.of("lang", "en", "csrf", form.csrf()));
      assertEquals(303, switched.status());
      assertTrue(
          switched
              .setCookie(ConsoleLanguage.COOKIE)
              .orElseThrow()
              .toLowerCase()
              .contains("samesite=strict"));
      ConsoleBrowser.Page english = browser.get("/signin");
      assertTrue(english.html().contains("<html lang=\"en\">"), english.html());
      assertTrue(english.html().contains("Sign in"), english.html());

      browser.post(
          "/signin",
          Map.of("username", officer, "password", World.PASSWORD, "csrf", english.csrf()));
      ConsoleBrowser.Page queues = browser.get("/queues?queue=unassigned");
      assertTrue(queues.html().contains("Review queues"), queues.html());
      assertTrue(queues.html().contains("Unassigned"));
      assertTrue(queues.html().contains(">Submitted<"), "states in English");
      assertFalse(queues.html().contains("審査の案件"), "no Japanese page text");

      ConsoleBrowser.Page back =
          browser.post("/language", Map.of("lang", "ja", "csrf", queues.csrf()));
      assertEquals(303, back.status());
      assertTrue(browser.get("/queues").html().contains("審査の案件"));
    }
  }

  private List<String> apiQueue(String kind, String after, Integer technology) {
    List<Map<String, Object>> edges =
        api.graphql(
                officerToken,
                "query($after: String, $tech: Int) { dialogueQueue(kind: "
                    + kind
                    + ", first: "
                    + QueuePage.PAGE_SIZE
                    + ", after: $after, technology: $tech) { edges { node { reference } } } }",
                new java.util.HashMap<>(java.util.Map.of()) {
                  {
                    put("after", after);
                    put("tech", technology);
                  }
                })
            .at("dialogueQueue.edges");
    return edges.stream()
        .map(e -> String.valueOf(((Map<?, ?>) e.get("node")).get("reference")))
        .toList();
  }

  private static List<String> referencesOn(ConsoleBrowser.Page page) {
    List<String> found = new ArrayList<>();
    Matcher matcher = QUEUE_REFERENCE.matcher(page.html());
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static List<String> sequencesOn(ConsoleBrowser.Page page) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile("<tr>\\s*<td>(\\d+)</td>").matcher(page.html());
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String nextLink(ConsoleBrowser.Page page) {
    Matcher matcher = Pattern.compile("<a href=\"([^\"]*)\" id=\"next-page\"").matcher(page.html());
    assertTrue(matcher.find(), "a next page: " + page.html());
    return matcher.group(1).replace("&amp;", "&");
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
