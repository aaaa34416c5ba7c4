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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The patent lists of {@code /patents} come a page of {@value PatentListPage#PAGE_SIZE} at a time:
 * a company with one application more than a page reaches every one of them through the list's
 * next-page link, whose cursor is the API's {@code endCursor}; the next page links back to the
 * first; a malformed cursor shows the first page.
 */
@MicronautTest(transactional = false)
class PatentListPagingHttpTest extends DatabaseTest {
  private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]*)\" id=\"mine-next\"");

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String filer;
  private Set<String> registered;

  @BeforeAll
  void applications() {
    World world = new World(organisations, users, hasher);
    String examiner = world.user("pl-examiner", world.meti, Role.PATENT_EXAMINER);
    String admin = world.user("pl-admin", world.meti, Role.ADMIN);
    filer = world.user("pl-alpha-filer", world.alpha, Role.FILER);
    api = new ApiClient(http);
    PatentConsoleFixture fixture = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    fixture.mapFields();
    registered = new HashSet<>();
    LocalDate filed = LocalDate.now(JapanTime.ZONE).minusDays(5);
    for (int i = 0; i <= PatentListPage.PAGE_SIZE; i++) {
      registered.add(fixture.register("ページ送りの試験 " + i, filed).number());
    }
  }

  @Test
  void everyApplicationIsReachedThroughTheNextPageLink() {
    try (ConsoleBrowser browser = ConsoleBrowser.signedIn(server.getURL(), filer)) {
      ConsoleBrowser.Page first = browser.get(ConsolePaths.PATENTS);
      List<String> firstNumbers = numbersIn(first.html());
      assertEquals(PatentListPage.PAGE_SIZE, firstNumbers.size(), "a full first page");
      assertFalse(first.html().contains("id=\"mine-first\""), "no way back from the first page");

      Matcher next = NEXT.matcher(first.html());
      assertTrue(next.find(), "a link to the rest");
      String link = next.group(1).replace("&amp;", "&");
      String filerToken = api.login(filer, World.PASSWORD);
      Map<String, Object> apiPage =
          api.graphql(
                  filerToken,
                  "query { patentApplications(first: "
                      + PatentListPage.PAGE_SIZE
                      + ") { pageInfo { endCursor } } }")
              .at("patentApplications.pageInfo");
      assertTrue(
          link.contains("section=mine&after=" + apiPage.get("endCursor")),
          "the console's cursor is the API's: " + link);

      ConsoleBrowser.Page second = browser.get(link);
      assertEquals(200, second.status());
      List<String> secondNumbers = numbersIn(second.html());
      assertEquals(1, secondNumbers.size(), "the one left: " + secondNumbers);
      assertFalse(NEXT.matcher(second.html()).find(), "the last page links to no next page");
      assertTrue(second.html().contains("id=\"mine-first\""), "the last page links back");

      List<String> both = new ArrayList<>(firstNumbers);
      both.addAll(secondNumbers);
      assertEquals(registered, new HashSet<>(both), "every application, on one page or the other");
      assertEquals(registered.size(), both.size(), "none twice");
    }
  }

  @Test
  void aMalformedCursorShowsTheFirstPage() {
    try (ConsoleBrowser browser = ConsoleBrowser.signedIn(server.getURL(), filer)) {
      ConsoleBrowser.Page page =
          browser.get(ConsolePaths.PATENTS + "?section=mine&after=no-cursor");
      assertEquals(200, page.status());
      assertEquals(PatentListPage.PAGE_SIZE, numbersIn(page.html()).size());
      assertTrue(NEXT.matcher(page.html()).find(), "with its next-page link");
    }
  }

  /** The application numbers in the company's own list of {@code html}. */
  private static List<String> numbersIn(String html) {
    int table = html.indexOf("id=\"mine-table\"");
    assertTrue(table >= 0, "the company's list: " + html);
    String rows = html.substring(table, html.indexOf("</table>", table));
    Matcher number =
        Pattern.compile("<td><a href=\"/patents/[^\"]+\">([^<]+)</a></td>").matcher(rows);
    List<String> found = new ArrayList<>();
    while (number.find()) {
      found.add(number.group(1));
    }
    return found;
  }
}
