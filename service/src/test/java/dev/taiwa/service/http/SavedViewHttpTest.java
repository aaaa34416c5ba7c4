package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved views over HTTP: an officer's shared view reaches a colleague of the same office and never
 * a company; a company's shared view reaches its colleagues and never an official; opening a view
 * shows each reader only their own scope; the CSV export is UTF-8 with a BOM and CRLF line ends.
 */
@MicronautTest(transactional = false)
class SavedViewHttpTest extends DatabaseTest {
  private static final String SAVE =
      "mutation($in: SaveViewInput!) { saveView(input: $in) { view { id name shared mine"
          + " sort direction filter { search } csvPath } errors { code field } } }";
  private static final String VIEWS =
      "{ savedViews { id name mine preReports(first: 10) { edges { node { id } } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String filer;
  private String filerColleague;
  private String otherCompany;
  private String officer;
  private String officerColleague;
  private String alphaSakura;
  private String betaSakura;

  @BeforeAll
  void reportsOfTwoCompanies() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = api.login(world.user("v-filer", world.alpha, Role.FILER), World.PASSWORD);
    filerColleague = api.login(world.user("v-filer-2", world.alpha, Role.FILER), World.PASSWORD);
    otherCompany = api.login(world.user("v-beta", world.beta, Role.FILER), World.PASSWORD);
    officer = api.login(world.user("v-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    officerColleague =
        api.login(world.user("v-officer-2", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    alphaSakura = filed(filer, "サクラデンシ株式会社", "Sakura Denshi K.K.");
    filed(filer, "华星电子有限公司", "Huaxing Electronics");
    betaSakura = filed(otherCompany, "サクラデンシ株式会社", "Sakura Denshi K.K.");
  }

  @Test
  void anOfficersSharedViewReachesAColleagueOfTheOfficeAndNoCompany() {
    String shared = save(officer, "サクラ案件", "ｻｸﾗ ﾃﾞﾝｼ", true);
    String own = save(officer, "自分用", "sakura", false);

    assertTrue(ids(officerColleague).contains(shared));
    assertFalse(ids(officerColleague).contains(own));
    assertFalse(ids(filer).contains(shared));
    assertFalse(ids(otherCompany).contains(shared));
    assertEquals(404, csvStatus(filer, shared));
    assertTrue(ids(officer).containsAll(Set.of(shared, own)));
  }

  @Test
  void aCompanysSharedViewReachesItsColleaguesAndNoOfficial() {
    String shared = save(filer, "さくら", "ｻｸﾗ", true);

    assertTrue(ids(filerColleague).contains(shared));
    assertFalse(ids(otherCompany).contains(shared));
    assertFalse(ids(officer).contains(shared));
  }

  @Test
  void openingAViewShowsEachReaderOnlyWhatTheyMaySee() {
    String companyView = save(filer, "サクラ（社内）", "ｻｸﾗﾃﾞﾝｼ", true);
    String officeView = save(officer, "サクラ（全社）", "ｻｸﾗﾃﾞﾝｼ", false);

    assertEquals(Set.of(alphaSakura), opened(filerColleague, companyView));
    assertEquals(Set.of(alphaSakura, betaSakura), opened(officer, officeView));
  }

  @Test
  void onlyTheOwnerDeletesAView() {
    String view = save(officer, "削除テスト", "sakura", true);
    String delete = "mutation($id: ID!) { deleteView(id: $id) { id errors { code } } }";

    GraphQLResponse byColleague = api.graphql(officerColleague, delete, Map.of("id", view));
    GraphQLResponse byCompany = api.graphql(filer, delete, Map.of("id", view));
    GraphQLResponse byOwner = api.graphql(officer, delete, Map.of("id", view));

    assertEquals("FORBIDDEN", code(byColleague.at("deleteView.errors")));
    assertEquals("NOT_FOUND", code(byCompany.at("deleteView.errors")));
    assertEquals(view, byOwner.at("deleteView.id"));
    assertFalse(ids(officer).contains(view));
  }

  @Test
  void aViewNeedsAName() {
    GraphQLResponse response =
        api.graphql(officer, SAVE, Map.of("in", Map.of("name", "  ", "shared", false)));

    List<Map<String, Object>> errors = response.at("saveView.errors");
    assertEquals("REQUIRED", errors.get(0).get("code"));
    assertEquals("name", errors.get(0).get("field"));
  }

  @Test
  void theCsvExportIsUtf8WithABomAndCrlfLineEnds() {
    String view = save(officer, "サクラ出力", "ｻｸﾗ ﾃﾞﾝｼ", true);

    HttpResponse<byte[]> response =
        http.toBlocking()
            .exchange(HttpRequest.GET("/views/" + view + ".csv").bearerAuth(officer), byte[].class);
    byte[] body = response.body();

    assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/csv"));
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "BOM");
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
    assertTrue(text.endsWith("\r\n"));
    List<String> lines = List.of(text.split("\r\n"));
    assertEquals(3, lines.size(), "the header and the two reports with the name");
    assertTrue(lines.get(0).startsWith("受付番号,状態,提出日"), lines.get(0));
    assertTrue(lines.get(1).contains("サクラデンシ株式会社"), lines.get(1));
    assertTrue(lines.get(1).contains("提出済み"), lines.get(1));
    byte[] name = "サクラデンシ株式会社".getBytes(StandardCharsets.UTF_8);
    assertTrue(contains(body, name), "the Japanese name is stored as UTF-8 bytes");
  }

  private String filed(String token, String original, String romanised) {
    Map<String, Object> form = new HashMap<>(CaseFixture.form("views"));
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal",
            original,
            "nameRomanised",
            romanised,
            "countryCode",
            "CN",
            "relationship",
            "UNRELATED"));
    String id =
        api.graphql(
                token,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    GraphQLResponse submitted =
        api.graphql(
            token,
            "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
            Map.of("id", id));
    assertEquals(List.of(), submitted.at("submitPreReport.errors"));
    return id;
  }

  private String save(String token, String name, String search, boolean shared) {
    GraphQLResponse response =
        api.graphql(
            token,
            SAVE,
            Map.of(
                "in",
                Map.of(
                    "name",
                    name,
                    "filter",
                    Map.of("search", search),
                    "sort",
                    "REFERENCE",
                    "direction",
                    "ASC",
                    "shared",
                    shared)));
    assertEquals(List.of(), response.at("saveView.errors"), response.body().toString());
    assertEquals(Boolean.TRUE, response.at("saveView.view.mine"));
    assertEquals(search, response.at("saveView.view.filter.search"));
    return response.at("saveView.view.id");
  }

  private Set<String> ids(String token) {
    List<Map<String, Object>> views = api.graphql(token, VIEWS).at("savedViews");
    return views.stream().map(v -> (String) v.get("id")).collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private Set<String> opened(String token, String viewId) {
    List<Map<String, Object>> views = api.graphql(token, VIEWS).at("savedViews");
    Map<String, Object> view =
        views.stream().filter(v -> viewId.equals(v.get("id"))).findFirst().orElseThrow();
    List<Map<String, Object>> edges =
        (List<Map<String, Object>>) ((Map<String, Object>) view.get("preReports")).get("edges");
    return edges.stream()
        .map(e -> (String) ((Map<String, Object>) e.get("node")).get("id"))
        .collect(Collectors.toSet());
  }

  private int csvStatus(String token, String viewId) {
    try {
      return http.toBlocking()
          .exchange(HttpRequest.GET("/views/" + viewId + ".csv").bearerAuth(token), byte[].class)
          .code();
    } catch (HttpClientResponseException e) {
      return e.code();
    }
  }

  private static String code(List<Map<String, Object>> errors) {
    return errors.isEmpty() ? null : (String) errors.get(0).get("code");
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
