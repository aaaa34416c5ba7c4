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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prior confirmation (事前確認, ESPA Arts. 78–79) in the console: a company asks whether the
 * foreign-filing ban applies, the examiner consults the Cabinet Office, a security reviewer records
 * its answer, the examiner answers, and the company reads the answer but never the consultation;
 * another company sees nothing of it. Every form calls the use case the API's mutation calls.
 */
@MicronautTest(transactional = false)
class ConfirmationFormsHttpTest extends DatabaseTest {
  private static final String TITLE = "高出力レーザーの冷却構造";
  private static final String CONSULTATION = "特定技術分野第3号への該当性について協議する";
  private static final String CABINET_OFFICE = "第3号に該当すると判断する";

  @Inject EmbeddedServer server;

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private String filer;
  private String stranger;
  private String examiner;
  private String reviewer;

  @BeforeAll
  void people() {
    World world = new World(organisations, users, hasher);
    examiner = world.user("pc-examiner", world.meti, Role.PATENT_EXAMINER);
    reviewer = world.user("pc-reviewer", world.meti, Role.SECURITY_REVIEWER);
    filer = world.user("pc-alpha-filer", world.alpha, Role.FILER);
    stranger = world.user("pc-beta-filer", world.beta, Role.FILER);
    String admin = world.user("pc-admin", world.meti, Role.ADMIN);
    PatentConsoleFixture.ofAlpha(new ApiClient(http), world, admin, examiner).mapFields();
  }

  @Test
  void aRequestIsConsultedAndAnsweredThroughTheFormsAndTheCompanySeesOnlyTheAnswer() {
    String path;
    try (ConsoleBrowser company = signedIn(filer)) {
      assertTrue(company.get("/").html().contains("href=\"/confirmations\""), "in the menu");
      String form = company.get("/confirmations/new").html();
      assertTrue(form.contains("name=\"field-3\""), "the specified fields in force to tick");
      ConsoleBrowser.Page asked = post(company, "/confirmations/new", request());
      assertEquals(303, asked.status(), asked.html());
      path = asked.location();
      assertTrue(path.matches("/confirmations/[0-9a-f-]{36}"), path);
      String page = company.get(path).html();
      assertTrue(page.contains(TITLE), "the company reads its own request");
      assertTrue(page.contains("申請中"), page);
      assertFalse(page.contains("id=\"send-for-consultation\""), "no office's form");
      assertTrue(company.get("/confirmations").html().contains("href=\"" + path + "\""));
    }
    try (ConsoleBrowser office = signedIn(examiner)) {
      assertTrue(office.get("/confirmations").html().contains("href=\"" + path + "\""));
      String page = office.get(path).html();
      assertTrue(page.contains(TITLE), "the examiner reads the content");
      assertTrue(page.contains("id=\"send-for-consultation\""), page);
      ConsoleBrowser.Page sent =
          post(office, path + "/send-for-consultation", Map.of("note", CONSULTATION));
      assertEquals(303, sent.status(), sent.html());
      assertTrue(office.get(path).html().contains("内閣府と協議中"));
    }
    try (ConsoleBrowser cabinetOffice = signedIn(reviewer)) {
      ConsoleBrowser.Page recorded =
          post(cabinetOffice, path + "/record-consultation", Map.of("answer", CABINET_OFFICE));
      assertEquals(303, recorded.status(), recorded.html());
    }
    try (ConsoleBrowser office = signedIn(examiner)) {
      ConsoleBrowser.Page stale = office.get(path);
      Map<String, String> answer = new HashMap<>();
      answer.put("csrf", stale.csrf());
      answer.put("version", "1");
      answer.put("answer", "BAN_APPLIES");
      answer.put("reason", "第3号に該当し、日本国内で完成した発明であるため");
      ConsoleBrowser.Page conflict = office.post(path + "/answer", answer);
      assertEquals(409, conflict.status(), "an answer from an old page is refused");
      assertTrue(office.get(path).html().contains("協議済み"), "and changed nothing");
      answer.put("version", version(stale.html()));
      ConsoleBrowser.Page answered = office.post(path + "/answer", answer);
      assertEquals(303, answered.status(), answered.html());
    }
    try (ConsoleBrowser company = signedIn(filer)) {
      String page = company.get(path).html();
      assertTrue(page.contains("回答済み"), page);
      assertTrue(page.contains("外国出願の禁止の対象（先に日本で出願してください）"), page);
      assertTrue(page.contains("第3号に該当し、日本国内で完成した発明であるため"), page);
      assertFalse(page.contains("id=\"consultation\""), "the consultation is internal");
      assertFalse(page.contains(CABINET_OFFICE), "the Cabinet Office's answer is internal");
      assertFalse(page.contains(CONSULTATION), "so is the purpose of the consultation");
    }
    try (ConsoleBrowser other = signedIn(stranger)) {
      ConsoleBrowser.Page page = other.get(path);
      assertEquals(404, page.status(), "another company learns nothing, not even that it exists");
      assertFalse(page.html().contains(TITLE));
      assertFalse(other.get("/confirmations").html().contains(path));
    }
  }

  @Test
  void aRefusedRequestKeepsWhatWasTypedAndAFormWithoutItsTokenChangesNothing() {
    try (ConsoleBrowser company = signedIn(filer)) {
      Map<String, String> incomplete = new HashMap<>(request());
      incomplete.remove("inventionCompletedInJapan");
      incomplete.put("summary", "");
      ConsoleBrowser.Page refused = post(company, "/confirmations/new", incomplete);
      assertEquals(422, refused.status(), refused.html());
      String html = refused.html();
      assertTrue(html.contains("id=\"summary-error\""), html);
      assertTrue(html.contains("id=\"inventionCompletedInJapan-error\""), html);
      assertTrue(html.contains("value=\"" + TITLE + "\""), "the title typed is kept");

      Map<String, String> noToken = new HashMap<>(request());
      noToken.put("title", "トークンのない求め");
      assertEquals(403, company.post("/confirmations/new", noToken).status());
      assertFalse(company.get("/confirmations").html().contains("トークンのない求め"));
    }
    try (ConsoleBrowser office = signedIn(examiner)) {
      assertEquals(403, office.get("/confirmations/new").status(), "only a company asks");
    }
  }

  private static Map<String, String> request() {
    return Map.of(
        "title", TITLE,
        "summary", "冷却流路を二重化し、出力の変動を抑える。",
        "field-3", "on",
        "inventionCompletedInJapan", "yes",
        "intendedForeignFiling", "PCT（米国特許商標庁経由）、2027年1月予定");
  }

  /** The version the page's forms carry. */
  private static String version(String html) {
    Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
    assertTrue(version.find(), html);
    return version.group(1);
  }

  private static ConsoleBrowser.Page post(
      ConsoleBrowser browser, String path, Map<String, String> fields) {
    String page = path.endsWith("/new") ? path : path.substring(0, path.lastIndexOf('/'));
    Map<String, String> form = new HashMap<>(fields);
    form.put("csrf", browser.get(page).csrf());
    ConsoleBrowser.Page current = browser.get(page);
    if (!path.endsWith("/new") && current.html().contains("name=\"version\"")) {
      form.put("version", version(current.html()));
    }
    return browser.post(path, form);
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
