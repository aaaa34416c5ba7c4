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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's patent applications and prior-confirmation requests come a page of 100 at a time: a
 * company with one more than a page reaches every one of them through the list's next-page link,
 * whose cursor is the API's {@code endCursor}; the next page links back to the first; a malformed
 * cursor shows the first page.
 */
@MicronautTest(transactional = false)
class ConsoleListPagingHttpTest extends DatabaseTest {
  private static final int PAGE = 100;

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String filer;
  private String filerToken;
  private final Set<String> applications = new HashSet<>();
  private final Set<String> requests = new HashSet<>();

  @BeforeAll
  void onePageAndOneMore() {
    World world = new World(organisations, users, hasher);
    String examiner = world.user("pl-examiner", world.meti, Role.PATENT_EXAMINER);
    String admin = world.user("pl-admin", world.meti, Role.ADMIN);
    filer = world.user("pl-alpha-filer", world.alpha, Role.FILER);
    api = new ApiClient(http);
    filerToken = api.login(filer, World.PASSWORD);
    PatentConsoleFixture fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
    LocalDate filed = LocalDate.now(JapanTime.ZONE).minusDays(5);
    for (int i = 0; i <= PAGE; i++) {
      applications.add(ConsolePaths.patentOf(fixture.register("ページ送り " + i, filed).id()));
      String request =
          api.graphql(
                  filerToken,
                  "mutation($in: PriorConfirmationInput!) { requestPriorConfirmation(input: $in)"
                      + " { priorConfirmation { id } errors { code field message } } }",
                  Map.of(
                      "in",
                      Map.of(
                          "title",
                          "ページ送り " + i,
                          "summary",
                          "発明の概要",
                          "claimedFields",
                          List.of(3),
                          "inventionCompletedInJapan",
                          true,
                          "intendedForeignFiling",
                          "PCT")))
              .at("requestPriorConfirmation.priorConfirmation.id");
      requests.add(ConsolePaths.confirmationOf(request));
    }
  }

  @Test
  void everyApplicationIsReachedThroughTheNextPageLink() {
    walk(ConsolePaths.PATENTS, "mine", "patentApplications", "/patents/", applications);
  }

  @Test
  void everyPriorConfirmationRequestIsReachedThroughTheNextPageLink() {
    walk(
        ConsolePaths.CONFIRMATIONS,
        "confirmations",
        "priorConfirmations",
        "/confirmations/",
        requests);
  }

  @Test
  void aMalformedCursorShowsTheFirstPage() {
    try (ConsoleBrowser browser = ConsoleBrowser.signedIn(server.getURL(), filer)) {
      String patents = browser.get(ConsolePaths.PATENTS + "?section=mine&after=no-cursor").html();
      assertEquals(PAGE, linksIn(patents, "mine", "/patents/").size());
      assertTrue(nextLink(patents, "mine").isPresent(), "with its next-page link");
      String asked = browser.get(ConsolePaths.CONFIRMATIONS + "?after=no-cursor").html();
      assertEquals(PAGE, linksIn(asked, "confirmations", "/confirmations/").size());
      assertTrue(nextLink(asked, "confirmations").isPresent(), "with its next-page link");
    }
  }

  /**
   * Opens the list {@code list} of {@code path}, follows its next-page link and checks the two
   * pages against {@code expected} and the link's cursor against the API's {@code query}.
   */
  private void walk(
      String path, String list, String query, String linkPrefix, Set<String> expected) {
    try (ConsoleBrowser browser = ConsoleBrowser.signedIn(server.getURL(), filer)) {
      String first = browser.get(path).html();
      List<String> firstLinks = linksIn(first, list, linkPrefix);
      assertEquals(PAGE, firstLinks.size(), "a full first page");
      assertFalse(first.contains("id=\"" + list + "-first\""), "no way back from the first page");
      String link = nextLink(first, list).orElseThrow(() -> new AssertionError(first));
      Map<String, Object> apiPage =
          api.graphql(
                  filerToken,
                  "query { " + query + "(first: " + PAGE + ") { pageInfo { endCursor } } }")
              .at(query + ".pageInfo");
      assertTrue(
          link.contains("after=" + apiPage.get("endCursor")),
          "the console's cursor is the API's: " + link);

      ConsoleBrowser.Page second = browser.get(link);
      assertEquals(200, second.status());
      List<String> secondLinks = linksIn(second.html(), list, linkPrefix);
      assertEquals(1, secondLinks.size(), "the one left: " + secondLinks);
      assertTrue(nextLink(second.html(), list).isEmpty(), "the last page links to no next page");
      assertTrue(second.html().contains("id=\"" + list + "-first\""), "the last page links back");

      List<String> both = new ArrayList<>(firstLinks);
      both.addAll(secondLinks);
      assertEquals(expected, new HashSet<>(both), "every one, on one page or the other");
      assertEquals(expected.size(), both.size(), "none twice");
    }
  }

  /** The links to cases in the table {@code list}-table of {@code html}. */
  private static List<String> linksIn(String html, String list, String prefix) {
    int table = html.indexOf("id=\"" + list + "-table\"");
    assertTrue(table >= 0, "the list " + list + ": " + html);
    String rows = html.substring(table, html.indexOf("</table>", table));
    Matcher link = Pattern.compile("<td><a href=\"(" + prefix + "[^\"]+)\">").matcher(rows);
    List<String> found = new ArrayList<>();
    while (link.find()) {
      found.add(link.group(1));
    }
    return found;
  }

  private static Optional<String> nextLink(String html, String list) {
    Matcher next = Pattern.compile("<a href=\"([^\"]*)\" id=\"" + list + "-next\"").matcher(html);
    return next.find() ? Optional.of(next.group(1).replace("&amp;", "&")) : Optional.empty();
  }
}
