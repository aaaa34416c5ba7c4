package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The officer's queue search and sort and the saved views pages over HTTP: a counterparty typed in
 * half-width katakana finds the cases filed in full-width; the search sorted by reference; a shared
 * view reaches a colleague of the same office and not a company; its CSV is the API's file (BOM,
 * CRLF, the Japanese intact).
 */
@MicronautTest(transactional = false)
class ConsoleSavedViewsHttpTest extends DatabaseTest {
  /** Full-width in the filings; searched for in half-width ("ﾐﾄﾞﾘｶﾜ"). */
  private static final String COUNTERPARTY = "ミドリカワ精機";

  private static final String HALF_WIDTH = "ﾐﾄﾞﾘｶﾜ";
  private static final Pattern REFERENCE = Pattern.compile("<a href=\"/cases/[^\"]+\">([^<]+)</a>");
  private static final Pattern OPEN_LINK =
      Pattern.compile("<a href=\"(/views/[0-9a-f-]+/cases)\">([^<]+)</a>");

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String officer;
  private String colleague;
  private String filer;
  private final List<String> matching = new ArrayList<>();
  private String other;

  @BeforeAll
  void threeCasesWithTheCounterpartyAndOneWithout() {
    World world = new World(organisations, users, hasher);
    filer = world.user("sv-alpha-filer", world.alpha, Role.FILER);
    officer = world.user("sv-officer", world.meti, Role.DIALOGUE_OFFICER);
    colleague = world.user("sv-colleague", world.meti, Role.DIALOGUE_OFFICER);
    api = new ApiClient(http);
    String filerToken = api.login(filer, World.PASSWORD);
    for (int i = 0; i < 3; i++) {
      matching.add(file(filerToken, COUNTERPARTY, "view " + i));
    }
    other = file(filerToken, "試験公司", "view other");
  }

  @Test
  void theQueueFindsTheFullWidthCounterpartyTypedInHalfWidthAndSortsByReference() {
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page ascending =
          browser.get(queue("unassigned", HALF_WIDTH, "reference", "asc"));
      assertEquals(200, ascending.status());
      List<String> sorted = matching.stream().sorted(Comparator.naturalOrder()).toList();
      assertEquals(sorted, referencesOn(ascending), "the three cases, by reference");
      assertFalse(referencesOn(ascending).contains(other));
      assertTrue(
          ascending.html().contains("name=\"search\" value=\"" + HALF_WIDTH + "\""),
          "the search box keeps the words");
      assertTrue(ascending.html().contains("<option value=\"reference\" selected"));
      assertTrue(ascending.html().contains("<option value=\"asc\" selected"));

      ConsoleBrowser.Page descending =
          browser.get(queue("unassigned", HALF_WIDTH, "reference", "desc"));
      assertEquals(
          matching.stream().sorted(Comparator.reverseOrder()).toList(), referencesOn(descending));

      List<String> all = referencesOn(browser.get(queue("unassigned", "", "reference", "desc")));
      assertTrue(all.contains(other), "without words the queue lists every case: " + all);
    }
  }

  @Test
  void aSharedViewReachesAColleagueOfTheOfficeButNotTheCompany() {
    String name = "ミドリカワの案件";
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page queuePage =
          browser.get(queue("unassigned", HALF_WIDTH, "reference", "desc"));
      ConsoleBrowser.Page saved = browser.post("/views", saveForm(queuePage.csrf(), name, true));
      assertEquals(303, saved.status(), saved.html());
      assertEquals("/views", saved.location());
      ConsoleBrowser.Page mine = browser.get("/views");
      assertTrue(mine.html().contains("href=\"/views\""), "a menu entry");
      assertTrue(mine.html().contains(name));
      assertTrue(mine.html().contains("/delete\""), "the owner may delete it");
    }

    String open;
    try (ConsoleBrowser browser = signedIn(colleague)) {
      ConsoleBrowser.Page list = browser.get("/views");
      open = openLink(list, name);
      assertFalse(list.html().contains("/delete\""), "a colleague may not delete it");
      ConsoleBrowser.Page opened = browser.get(open);
      assertEquals(200, opened.status());
      assertEquals(
          matching.stream().sorted(Comparator.reverseOrder()).toList(),
          referencesOn(opened),
          "the view's search and order, in the colleague's scope");

      ConsoleBrowser.Download csv = browser.download(open.replace("/cases", "/csv"));
      assertEquals(200, csv.status());
      assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
      byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
      assertArrayEquals(bom, java.util.Arrays.copyOf(csv.body(), 3), "UTF-8 with a BOM");
      String text = new String(csv.body(), StandardCharsets.UTF_8);
      assertTrue(text.contains(COUNTERPARTY), "the Japanese intact");
      assertTrue(text.contains("\r\n"));
      assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends CRLF");
      for (String reference : matching) {
        assertTrue(text.contains(reference), reference);
      }
      assertFalse(text.contains(other));

      String id = open.split("/")[2];
      byte[] api = apiCsv(this.api.login(colleague, World.PASSWORD), id);
      assertArrayEquals(api, csv.body(), "the same file as the API's /views/{id}.csv");

      ConsoleBrowser.Page deleted =
          browser.post("/views/" + id + "/delete", Map.of("csrf", browser.get("/queues").csrf()));
      assertEquals(403, deleted.status(), "only its owner deletes a view");
    }

    try (ConsoleBrowser browser = signedIn(filer)) {
      assertFalse(browser.get("/views").html().contains(name), "no company sees it");
      assertEquals(404, browser.get(open).status());
      assertEquals(404, browser.download(open.replace("/cases", "/csv")).status());
    }
  }

  @Test
  void anUnsharedViewStaysWithItsOwnerWhoDeletesIt() {
    String name = "自分用の条件";
    String open;
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page queuePage = browser.get(queue("unassigned", "", "received", "desc"));
      ConsoleBrowser.Page refused = browser.post("/views", saveForm(queuePage.csrf(), "  ", false));
      assertEquals(422, refused.status());
      assertTrue(refused.html().contains("名前を入力してください。"), "the error next to the name");
      ConsoleBrowser.Page bare = browser.post("/views", Map.of("csrf", queuePage.csrf()));
      assertEquals(422, bare.status(), "a form without its fields is refused, not an error");
      assertEquals(303, browser.post("/views", saveForm(queuePage.csrf(), name, false)).status());
      open = openLink(browser.get("/views"), name);
    }
    try (ConsoleBrowser browser = signedIn(colleague)) {
      assertFalse(browser.get("/views").html().contains(name));
      assertEquals(404, browser.get(open).status());
    }
    try (ConsoleBrowser browser = signedIn(officer)) {
      ConsoleBrowser.Page list = browser.get("/views");
      String delete = open.replace("/cases", "/delete");
      assertEquals(303, browser.post(delete, Map.of("csrf", list.csrf())).status());
      assertFalse(browser.get("/views").html().contains(name));
      assertEquals(404, browser.get(open).status());
    }
  }

  private static Map<String, String> saveForm(String csrf, String name, boolean shared) {
    Map<String, String> form = new HashMap<>();
    form.put("csrf", csrf);
    form.put("name", name);
    form.put("queue", "unassigned");
    form.put("search", HALF_WIDTH);
    form.put("sort", "reference");
    form.put("order", "desc");
    if (shared) {
      form.put("shared", "on");
    }
    return form;
  }

  private String file(String filerToken, String counterparty, String marker) {
    Map<String, Object> form = new HashMap<>(CaseFixture.form(marker));
    Map<String, Object> party = new HashMap<>(castMap(form.get("counterparty")));
    party.put("nameOriginal", counterparty);
    form.put("counterparty", party);
    Map<String, Object> created =
        api.graphql(
                filerToken,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id reference } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport");
    api.graphql(
        filerToken,
        "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
        Map.of("id", created.get("id")));
    return (String) created.get("reference");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object map) {
    return (Map<String, Object>) map;
  }

  private byte[] apiCsv(String token, String id) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET("/views/" + id + ".csv").bearerAuth(token), byte[].class);
  }

  private static String queue(String queue, String search, String sort, String order) {
    return "/queues?queue="
        + queue
        + "&search="
        + URLEncoder.encode(search, StandardCharsets.UTF_8)
        + "&sort="
        + sort
        + "&order="
        + order;
  }

  private static String openLink(ConsoleBrowser.Page page, String name) {
    Matcher matcher = OPEN_LINK.matcher(page.html());
    while (matcher.find()) {
      if (matcher.group(2).equals(name)) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("no view named " + name + ": " + page.html());
  }

  private static List<String> referencesOn(ConsoleBrowser.Page page) {
    List<String> found = new ArrayList<>();
    Matcher matcher = REFERENCE.matcher(page.html());
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
