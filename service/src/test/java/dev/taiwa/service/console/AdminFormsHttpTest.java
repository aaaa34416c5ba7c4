package dev.taiwa.service.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.catalogue.Technology;
import dev.taiwa.cases.catalogue.TechnologyRevision;
import dev.taiwa.cases.catalogue.TechnologyRevisions;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccount;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.cases.patent.catalogue.IpcMappingRevisions;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administrator's forms over HTTP as a browser posts them: accounts (create, disable, roles,
 * password), the technology list's and the IPC mapping's revisions from the form and from a file.
 * Each calls the use case the API or tool calls: accepted it redirects and the change is stored; a
 * refused form comes back with what was typed (never a password) and each problem at its field or
 * line; anyone but an administrator gets 403 and nothing is written.
 */
@MicronautTest(transactional = false)
class AdminFormsHttpTest extends DatabaseTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Inject EmbeddedServer server;
  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject TechnologyRevisions technologyRevisions;
  @Inject IpcMappingRevisions ipcRevisions;

  private World world;
  private String admin;
  private String filer;

  @BeforeAll
  void people() {
    world = new World(organisations, users, hasher);
    admin = world.user("a-admin", world.meti, Role.ADMIN);
    filer = world.user("a-filer", world.alpha, Role.FILER);
  }

  @Test
  void anAdministratorCreatesAnAccountThatCanThenSignIn() {
    try (ConsoleBrowser browser = signedIn(admin)) {
      Map<String, String> form = form(browser, "/admin/accounts");
      form.put("username", "new.filer");
      form.put("displayName", "新規 花子");
      form.put("organisationId", world.alpha.id().value().toString());
      form.put("role.FILER", "on");
      form.put("initialPassword", "a long enough password");

      ConsoleBrowser.Page created = browser.post("/admin/accounts", form);

      assertEquals(303, created.status(), created.html());
      String list = browser.get(created.location()).html();
      assertTrue(list.contains("アカウントを作成しました"), list);
      assertTrue(list.contains("新規 花子"), list);
    }
    try (ConsoleBrowser newcomer = new ConsoleBrowser(server.getURL())) {
      assertEquals(303, newcomer.signIn("new.filer", "a long enough password").status());
    }
  }

  @Test
  void aRefusedAccountKeepsWhatWasTypedButThePasswordWithEachReasonAtItsField() {
    try (ConsoleBrowser browser = signedIn(admin)) {
      Map<String, String> form = form(browser, "/admin/accounts");
      form.put("username", "Bad Name!");
      form.put("displayName", "拒否 太郎");
      form.put("organisationId", world.alpha.id().value().toString());
      form.put("initialPassword", "too-short");

      ConsoleBrowser.Page refused = browser.post("/admin/accounts", form);

      assertEquals(422, refused.status(), refused.html());
      String html = refused.html();
      assertTrue(html.contains("value=\"Bad Name!\""), "the typed user name is kept");
      assertTrue(html.contains("value=\"拒否 太郎\""), "the typed name is kept");
      assertFalse(html.contains("too-short"), "a password is never sent back");
      assertTrue(html.contains("id=\"username-error\""), html);
      assertTrue(html.contains("id=\"roles-error\""), "no role ticked: " + html);
      assertTrue(html.contains("id=\"initialPassword-error\""), html);
      assertTrue(users.findByUsername("Bad Name!").isEmpty());
    }
  }

  @Test
  void anAdministratorDisablesChangesRolesAndResetsThePasswordOfAnAccount() {
    String target = world.user("a-target", world.beta, Role.FILER);
    String id = idOf(target);
    try (ConsoleBrowser browser = signedIn(admin)) {
      Map<String, String> roles = form(browser, "/admin/accounts");
      roles.put("version", Long.toString(account(target).version()));
      roles.put("role.AUDITOR", "on");
      assertEquals(303, browser.post("/admin/accounts/" + id + "/roles", roles).status());
      assertEquals(java.util.Set.of(Role.AUDITOR), account(target).roles());

      Map<String, String> password = form(browser, "/admin/accounts");
      password.put("newPassword", "short");
      ConsoleBrowser.Page refused = browser.post("/admin/accounts/" + id + "/password", password);
      assertEquals(422, refused.status());
      assertTrue(refused.html().contains("id=\"password-" + id + "-newPassword-error\""));

      password.put("newPassword", "another long password");
      assertEquals(303, browser.post("/admin/accounts/" + id + "/password", password).status());
      try (ConsoleBrowser user = new ConsoleBrowser(server.getURL())) {
        assertEquals(303, user.signIn(target, "another long password").status());
      }

      Map<String, String> disable = form(browser, "/admin/accounts");
      assertEquals(303, browser.post("/admin/accounts/" + id + "/disable", disable).status());
      assertFalse(account(target).enabled());
      ConsoleBrowser.Page again = browser.post("/admin/accounts/" + id + "/disable", disable);
      assertEquals(422, again.status(), "already disabled: refused by the use case");
      try (ConsoleBrowser user = new ConsoleBrowser(server.getURL())) {
        ConsoleBrowser.Page signIn = user.signIn(target, "another long password");
        assertEquals(401, signIn.status());
        assertTrue(signIn.html().contains("無効にされています"), signIn.html());
      }

      Map<String, String> stale = form(browser, "/admin/accounts");
      stale.put("version", "0");
      ConsoleBrowser.Page conflict = browser.post("/admin/accounts/" + id + "/enable", stale);
      assertEquals(409, conflict.status(), "read before the changes above: " + conflict.html());
      assertFalse(account(target).enabled(), "nothing was written");

      Map<String, String> enable = form(browser, "/admin/accounts");
      assertEquals(303, browser.post("/admin/accounts/" + id + "/enable", enable).status());
      assertTrue(account(target).enabled());
    }
  }

  @Test
  void someoneWhoIsNotAnAdministratorGetsForbiddenAndNothingIsWritten() {
    String target = world.user("a-untouched", world.beta, Role.FILER);
    try (ConsoleBrowser browser = signedIn(filer)) {
      assertEquals(403, browser.get("/admin/accounts").status());
      assertEquals(403, browser.get("/admin/catalogue").status());
      assertEquals(403, browser.get("/admin/specified-fields").status());
      Map<String, String> form = form(browser, "/");
      form.put("role.ADMIN", "on");
      assertEquals(403, browser.post("/admin/accounts/" + idOf(target) + "/roles", form).status());
      assertEquals(java.util.Set.of(Role.FILER), account(target).roles());
      ConsoleBrowser.Page upload =
          browser.upload(
              "/admin/catalogue/upload",
              Map.of("csrf", form.get("csrf")),
              "r.json",
              "{}".getBytes(StandardCharsets.UTF_8));
      assertEquals(403, upload.status());
    }
  }

  @Test
  void aTechnologyRevisionTypedIntoTheFormIsStoredAndItsProblemsAreListedByLine() {
    TechnologyRevision current = latestTechnologyRevision();
    String lines =
        current.items().stream().map(AdminFormsHttpTest::line).collect(Collectors.joining("\n"));
    try (ConsoleBrowser browser = signedIn(admin)) {
      assertTrue(browser.get("/admin/catalogue").html().contains(line(current.items().get(0))));
      Map<String, String> form = form(browser, "/admin/catalogue");
      form.put("id", "R-FORM-BAD");
      form.put("noticeReference", "試験告示第1号");
      form.put("effectiveDate", current.effectiveDate().toString());
      form.put("items", lines + "\n" + "999 | Drones | Drones | EFFECTIVE | ");

      ConsoleBrowser.Page refused = browser.post("/admin/catalogue", form);

      assertEquals(422, refused.status(), refused.html());
      String html = refused.html();
      int last = current.items().size() + 1;
      assertTrue(html.contains("value=\"R-FORM-BAD\""), "the typed id is kept");
      assertTrue(html.contains("id=\"effectiveDate-error\""), html);
      assertTrue(html.contains(last + "行目の nameJa"), html);
      assertTrue(html.contains(last + "行目の effectiveFrom"), html);
      assertTrue(html.contains("999 | Drones"), "the typed lines are kept");

      form.put("id", "R-FORM-GOOD");
      form.put("effectiveDate", current.effectiveDate().plusDays(1).toString());
      form.put("items", lines);
      ConsoleBrowser.Page stored = browser.post("/admin/catalogue", form);
      assertEquals(303, stored.status(), stored.html());
      assertEquals("R-FORM-GOOD", latestTechnologyRevision().id());
      assertTrue(browser.get(stored.location()).html().contains("改訂を登録しました"));
    }
  }

  @Test
  void aTechnologyRevisionFileListsEveryProblemWithItsItem() {
    TechnologyRevision current = latestTechnologyRevision();
    String json =
        "{\"id\": \"R-FILE\", \"noticeReference\": \"試験告示第2号\", \"effectiveDate\": \""
            + current.effectiveDate().plusDays(2)
            + "\", \"items\": [{\"number\": 1, \"nameJa\": \"試験技術\", \"nameEn\": \"Test\","
            + " \"status\": \"LISTED\"}]}";
    try (ConsoleBrowser browser = signedIn(admin)) {
      ConsoleBrowser.Page refused =
          browser.upload(
              "/admin/catalogue/upload",
              Map.of("csrf", browser.get("/admin/catalogue").csrf()),
              "revision.json",
              json.getBytes(StandardCharsets.UTF_8));

      assertEquals(422, refused.status(), refused.html());
      String html = refused.html();
      assertTrue(html.contains("items の 1件目の status"), html);
      assertTrue(html.contains("id=\"file-error\""), html);
      current.items().stream()
          .filter(t -> t.number() != 1)
          .forEach(
              t ->
                  assertTrue(
                      html.contains("Technology " + t.number() + " of the current revision"),
                      "each missing technology is named: " + html));
      assertFalse(latestTechnologyRevision().id().equals("R-FILE"), "nothing was stored");
    }
  }

  @Test
  void anIpcMappingRevisionFromTheFormAndFromAFile() {
    LocalDate from = LocalDate.now(TOKYO).plusDays(30);
    try (ConsoleBrowser browser = signedIn(admin)) {
      Map<String, String> form = form(browser, "/admin/specified-fields");
      form.put("effectiveFrom", from.toString());
      form.put("source", "試験用の公表資料");
      form.put("mappings", "3 | F41H; F42B 12/00 | 試験用の出典\nx | F4 | s");

      ConsoleBrowser.Page refused = browser.post("/admin/specified-fields", form);

      assertEquals(422, refused.status(), refused.html());
      String html = refused.html();
      assertTrue(html.contains("2行目の fieldNumber"), html);
      assertTrue(html.contains("2行目の ipcGroups[0]"), html);
      assertTrue(html.contains("2行目の source"), html);
      assertFalse(html.contains("1行目"), "the good line has no problem: " + html);

      form.put("mappings", "3 | F41H; F42B 12/00 | 試験用の出典");
      ConsoleBrowser.Page stored = browser.post("/admin/specified-fields", form);
      assertEquals(303, stored.status(), stored.html());
      assertTrue(browser.get(stored.location()).html().contains("F42B 12/00"));
      int recorded = ipcRevisions.all().size();

      String json =
          "{\"effectiveFrom\": \"not a date\", \"source\": \"試験用の公表資料\", \"mappings\":"
              + " [{\"fieldNumber\": 30, \"ipcGroups\": [\"F41H\"], \"source\": \"試験用の出典\"}]}";
      ConsoleBrowser.Page file =
          browser.upload(
              "/admin/specified-fields/upload",
              Map.of("csrf", form.get("csrf")),
              "mapping.json",
              json.getBytes(StandardCharsets.UTF_8));
      assertEquals(422, file.status(), file.html());
      assertTrue(file.html().contains("effectiveFrom："), file.html());
      assertTrue(file.html().contains("mappings の 1件目の fieldNumber"), file.html());
      assertEquals(recorded, ipcRevisions.all().size(), "nothing was stored");

      String good =
          "{\"effectiveFrom\": \""
              + from.plusDays(1)
              + "\", \"source\": \"試験用の公表資料その2\", \"mappings\":"
              + " [{\"fieldNumber\": 5, \"ipcGroups\": [\"G21J\"], \"source\": \"試験用の出典\"}]}";
      ConsoleBrowser.Page uploaded =
          browser.upload(
              "/admin/specified-fields/upload",
              Map.of("csrf", form.get("csrf")),
              "mapping.json",
              good.getBytes(StandardCharsets.UTF_8));
      assertEquals(303, uploaded.status(), uploaded.html());
      assertEquals(recorded + 1, ipcRevisions.all().size());
      assertTrue(browser.get(uploaded.location()).html().contains("G21J"));
    }
  }

  private TechnologyRevision latestTechnologyRevision() {
    return technologyRevisions.all().stream()
        .max(Comparator.comparing(TechnologyRevision::effectiveDate))
        .orElseThrow();
  }

  private static String line(Technology t) {
    return t.number()
        + " | "
        + t.nameJa()
        + " | "
        + t.nameEn()
        + " | "
        + t.status()
        + " | "
        + (t.effectiveFrom() == null ? "" : t.effectiveFrom());
  }

  private UserAccount account(String username) {
    return users.findByUsername(username).orElseThrow();
  }

  private String idOf(String username) {
    return account(username).id().value().toString();
  }

  private static Map<String, String> form(ConsoleBrowser browser, String page) {
    Map<String, String> form = new HashMap<>();
    form.put("csrf", browser.get(page).csrf());
    return form;
  }

  private ConsoleBrowser signedIn(String username) {
    return ConsoleBrowser.signedIn(server.getURL(), username);
  }
}
