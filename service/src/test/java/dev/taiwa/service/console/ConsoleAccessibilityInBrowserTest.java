package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import dev.taiwa.service.testsupport.TestDatabase;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each main page of the console in a real browser, as a filer, a dialogue officer and an auditor
 * see it (the case page with the forms each may use, the new pre-report, the notifications), in
 * Japanese and in English: axe-core (Deque's Selenium integration, WCAG 2.1 A and AA rules) finds
 * no serious or critical violation; the keyboard alone reaches every control with a visible focus
 * ring; at 1280 px and at 390 px wide nothing scrolls sideways. A screenshot of each page at each
 * width lands in {@code target/console-screenshots/}.
 */
@MicronautTest(transactional = false)
class ConsoleAccessibilityInBrowserTest extends DatabaseTest {
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final List<Integer> WIDTHS = List.of(1280, 390);

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private WebDriver browser;
  private String base;
  private String filer;
  private String officer;
  private String auditor;
  private String admin;
  private String caseId;
  private String examiner;
  private String reviewer;
  private String screened;
  private String designated;
  private String viewId;

  /** A main page: its name for the screenshots, who opens it, and where. */
  private record MainPage(String name, String user, String path) {}

  @BeforeAll
  void startChromiumWithACaseInDialogue() {
    Assumptions.assumeFalse(TestDatabase.isPostgres(), "runs in the SQLite execution only");
    HeadlessChromium.requireInstalled();
    World world = new World(organisations, users, hasher);
    filer = world.user("a11y-filer", world.alpha, Role.FILER);
    officer = world.user("a11y-officer", world.meti, Role.DIALOGUE_OFFICER);
    auditor = world.user("a11y-auditor", world.meti, Role.AUDITOR);
    admin = world.user("a11y-admin", world.meti, Role.ADMIN);
    ApiClient api = new ApiClient(http);
    String filerToken = api.login(filer, World.PASSWORD);
    String officerToken = api.login(officer, World.PASSWORD);
    for (int i = 0; i < 3; i++) {
      Map<String, Object> created =
          api.graphql(
                  filerToken,
                  "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                      + " id } } }",
                  Map.of("in", CaseFixture.form("a11y " + i)))
              .at("createPreReportDraft.preReport");
      caseId = (String) created.get("id");
      api.graphql(
          filerToken,
          "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
          Map.of("id", caseId));
    }
    api.graphql(
        officerToken,
        "mutation($id: ID!) { allocateToMe(caseId: $id) { errors { code } } }",
        Map.of("id", caseId));
    api.graphql(
        officerToken,
        "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
        Map.of("id", caseId));
    String meeting =
        api.graphql(
                officerToken,
                "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in)"
                    + " { meeting { id } } }",
                Map.of(
                    "id",
                    caseId,
                    "in",
                    Map.of(
                        "startsAt",
                        java.time.Instant.now().plus(Duration.ofDays(3)).toString(),
                        "place",
                        "経済産業省 会議室",
                        "agenda",
                        List.of(
                            Map.of("text", "技術管理措置の確認", "visibility", "COMPANY_VISIBLE"),
                            Map.of("text", "内部: 調達網の確認", "visibility", "INTERNAL")))))
            .at("scheduleMeeting.meeting.id");
    api.graphql(
        officerToken,
        "mutation($id: ID!) { recordMeetingHeld(id: $id, input: {minutes: []}) { errors { code } }"
            + " }",
        Map.of("id", meeting));
    ApiClient.GraphQLResponse raised =
        api.graphql(
            officerToken,
            "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in) { errors {"
                + " code } } }",
            Map.of(
                "id",
                caseId,
                "in",
                Map.of(
                    "category",
                    "END_USE",
                    "severity",
                    "MEDIUM",
                    "description",
                    "最終用途の確認が必要",
                    "concernInformation",
                    "懸念情報: 最終需要者の確認")));
    assertEquals(List.of(), raised.at("raiseConcern.errors"), String.valueOf(raised.body()));
    viewId =
        api.graphql(
                officerToken,
                "mutation { saveView(input: {name: \"期限の近い案件\", sort: NEXT_DUE, direction: ASC,"
                    + " shared: true, filter: {search: \"試験\"}}) { view { id } } }")
            .at("saveView.view.id");
    examiner = world.user("a11y-examiner", world.meti, Role.PATENT_EXAMINER);
    reviewer = world.user("a11y-reviewer", world.meti, Role.SECURITY_REVIEWER);
    PatentConsoleFixture patents = PatentConsoleFixture.ofAlpha(api, world, admin, examiner);
    patents.mapFields();
    java.time.LocalDate filed = java.time.LocalDate.now(JapanTime.ZONE).minusDays(5);
    screened = patents.register("a11y 誘導装置", filed).id();
    designated = patents.register("a11y 指定された誘導装置", filed).id();
    patents.moveTo(designated, "DESIGNATED", api.login(reviewer, World.PASSWORD), filerToken);
    base = "http://" + server.getHost() + ":" + server.getPort();
    browser = HeadlessChromium.start();
  }

  @AfterAll
  void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyMainPagePassesAxeWorksWithTheKeyboardAndFitsBothWidths() {
    List<MainPage> pages =
        List.of(
            new MainPage("signin", null, "/signin"),
            new MainPage("home", filer, "/"),
            new MainPage("case", filer, "/cases/" + caseId),
            new MainPage("new-prereport", filer, "/cases/new"),
            new MainPage("notifications", filer, "/notifications"),
            new MainPage("imports", filer, "/imports"),
            new MainPage("confirmations", filer, "/confirmations"),
            new MainPage("new-confirmation", filer, "/confirmations/new"),
            new MainPage("queues", officer, "/queues?queue=unassigned"),
            new MainPage("queues-mine", officer, "/queues"),
            new MainPage("case-officer", officer, "/cases/" + caseId),
            new MainPage("views", officer, "/views"),
            new MainPage("view", officer, "/views/" + viewId + "/cases"),
            new MainPage("audit", auditor, "/audit"),
            new MainPage("dashboard", auditor, "/dashboard"),
            new MainPage("dashboard-company", filer, "/dashboard?technology=1"),
            new MainPage("accounts", admin, "/admin/accounts"),
            new MainPage("catalogue", admin, "/admin/catalogue"),
            new MainPage("specified-fields", admin, "/admin/specified-fields"),
            new MainPage("patents-examiner", examiner, "/patents"),
            new MainPage("patent-workbench", examiner, "/patents/" + screened),
            new MainPage("patents-reviewer", reviewer, "/patents"),
            new MainPage("patent-reviewer", reviewer, "/patents/" + designated),
            new MainPage("patents-company", filer, "/patents"),
            new MainPage("patent-company", filer, "/patents/" + designated));
    List<String> problems = new ArrayList<>();
    for (String language : List.of("ja", "en")) {
      String signedInAs = "";
      for (MainPage page : pages) {
        String user = page.user() == null ? "" : page.user();
        if (!user.equals(signedInAs)) {
          signOut();
          chooseLanguage(language);
          if (page.user() != null) {
            signIn(page.user());
          }
          signedInAs = user;
        }
        for (int width : WIDTHS) {
          browser.manage().window().setSize(new Dimension(width, 900));
          browser.get(base + page.path());
          new WebDriverWait(browser, Duration.ofSeconds(20))
              .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
          String at = page.name() + " (" + language + ", " + width + " px)";
          problems.addAll(axe(at));
          problems.addAll(sidewaysScroll(at));
          if (width == 1280) {
            problems.addAll(keyboard(at));
          }
          js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
          HeadlessChromium.screenshot(browser, page.name() + "-" + language + "-" + width);
        }
      }
      signOut();
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  @Test
  void theVerifyButtonWorksFromTheKeyboardAndShowsTheResult() {
    signOut();
    chooseLanguage("ja");
    signIn(auditor);
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(base + "/audit");
    browser.findElement(By.id("verify-button")).sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("verification-result")));
    String result = browser.findElement(By.id("verification-result")).getText();
    assertTrue(result.contains("改ざんは見つかりませんでした"), result);
    assertEquals(List.of(), axe("audit after verifying"));
    HeadlessChromium.screenshot(browser, "audit-verified-ja-1280");
    signOut();
  }

  /** axe-core's serious and critical violations of the page, one line each. */
  private List<String> axe(String at) {
    Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
    List<String> found = new ArrayList<>();
    if (results.getPasses() == null || results.getPasses().isEmpty()) {
      found.add(at + ": axe-core did not run (no rule passed)");
    }
    for (Rule rule : results.getViolations()) {
      if (BLOCKING.contains(rule.getImpact())) {
        found.add(
            at
                + ": axe "
                + rule.getImpact()
                + " "
                + rule.getId()
                + " on "
                + rule.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", ")));
      }
    }
    return found;
  }

  private List<String> sidewaysScroll(String at) {
    Map<?, ?> size =
        (Map<?, ?>)
            js(
                "return {scroll: document.documentElement.scrollWidth,"
                    + " viewport: document.documentElement.clientWidth};");
    long scroll = ((Number) size.get("scroll")).longValue();
    long viewport = ((Number) size.get("viewport")).longValue();
    return scroll <= viewport
        ? List.of()
        : List.of(at + ": scrolls sideways, " + scroll + " px wide in a " + viewport + " px view");
  }

  /**
   * Tabs through the page from its start: every control (link, button, field, scrollable region; a
   * group of radio buttons counts once, as the Tab key stops there once) must be reached, each with
   * a visible focus ring.
   */
  private List<String> keyboard(String at) {
    Number controls =
        (Number)
            js(
                "let all = document.querySelectorAll('a[href], button, input:not([type=hidden]),"
                    + " select, textarea, [tabindex]:not([tabindex=\"-1\"])');"
                    + " let n = 0; let groups = {};"
                    // A control inside a closed disclosure is reached once its summary opens it.
                    + " all.forEach(el => { if (el.closest('details:not([open])')) { return; }"
                    // A group of radio buttons is one stop of the Tab key (arrows move within it).
                    + " if (el.type === 'radio' && el.name) {"
                    + " let key = Array.from(document.forms).indexOf(el.form) + '/' + el.name;"
                    + " if (!(key in groups)) { groups[key] = n++; }"
                    + " el.setAttribute('data-kb', groups[key]); }"
                    + " else { el.setAttribute('data-kb', n++); } });"
                    + " return n;");
    js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    browser.findElement(By.tagName("body"));
    Set<String> reached = new LinkedHashSet<>();
    List<String> found = new ArrayList<>();
    // Each disclosure's summary is a stop of its own on the way.
    Number summaries = (Number) js("return document.querySelectorAll('details > summary').length;");
    for (int i = 0; i < controls.intValue() + summaries.intValue() + 3; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      Map<?, ?> focused =
          (Map<?, ?>)
              js(
                  "let el = document.activeElement; let s = getComputedStyle(el);"
                      + " return {kb: el.getAttribute('data-kb'), tag: el.tagName,"
                      + " text: (el.innerText || el.name || '').slice(0, 30),"
                      + " ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                      + " || s.boxShadow !== 'none'};");
      Object kb = focused.get("kb");
      if (kb == null) {
        continue;
      }
      reached.add(String.valueOf(kb));
      if (!Boolean.TRUE.equals(focused.get("ring"))) {
        found.add(at + ": no visible focus on " + focused.get("tag") + " " + focused.get("text"));
      }
    }
    if (reached.size() < controls.intValue()) {
      found.add(at + ": the keyboard reached " + reached.size() + " of " + controls + " controls");
    }
    return found;
  }

  private void chooseLanguage(String language) {
    browser.get(base + "/signin");
    String current = browser.findElement(By.tagName("html")).getAttribute("lang");
    if (!language.equals(current)) {
      browser.findElement(By.cssSelector("button[name=lang]")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }
  }

  private void signIn(String user) {
    browser.get(base + "/signin");
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(World.PASSWORD);
    browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().endsWith("/signin"));
  }

  private void signOut() {
    browser.manage().deleteCookieNamed(ConsoleCookies.SESSION);
  }

  private Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }
}
