package dev.taiwa.service.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Screening over real HTTP: an administrator imports the sample End User List and Consolidated
 * Screening List as versions; a filer and an officer screen a counterparty written in Simplified
 * characters against an entry written in Traditional ones.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningHttpTest extends DatabaseTest {
  private static final String IMPORT =
      "mutation($in: ImportScreeningListInput!) { importScreeningList(input: $in) {"
          + " version { id list publishedOn sha256 importedBy entryCount }"
          + " errors { code field message } } }";
  private static final String SCREEN =
      "query($o: String, $r: String) { screenCounterparty(nameOriginal: $o, nameRomanised: $r) {"
          + " hits { score list listVersionId subjectName subjectField entryName entryField"
          + " entry { ref name aliases country concern } } errors { code field message } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String admin;
  private String filer;
  private String officer;
  private String examiner;
  private String listedCase;

  @BeforeAll
  void accounts() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    admin = api.login(world.user("screening-admin", world.meti, Role.ADMIN), World.PASSWORD);
    filer = api.login(world.user("screening-filer", world.alpha, Role.FILER), World.PASSWORD);
    officer =
        api.login(
            world.user("screening-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    examiner =
        api.login(
            world.user("screening-examiner", world.meti, Role.PATENT_EXAMINER), World.PASSWORD);
  }

  private static String sample(String name) throws IOException {
    return Base64.getEncoder().encodeToString(bytes(name));
  }

  private static byte[] bytes(String name) throws IOException {
    try (InputStream in = ScreeningHttpTest.class.getResourceAsStream("/screening/" + name)) {
      return in.readAllBytes();
    }
  }

  private GraphQLResponse importList(String token, String list, String published, String file)
      throws IOException {
    return api.graphql(
        token,
        IMPORT,
        Map.of(
            "in", Map.of("list", list, "publishedOn", published, "contentBase64", sample(file))));
  }

  @Test
  @Order(1)
  void anAdministratorImportsBothListsAsVersionsWithTheirSha256() throws IOException {
    GraphQLResponse eul =
        importList(admin, "END_USER_LIST", "2026-09-30", "end-user-list-2026-09.csv");
    GraphQLResponse csl =
        importList(
            admin,
            "CONSOLIDATED_SCREENING_LIST",
            "2026-10-15",
            "consolidated-screening-list-2026-10.csv");

    assertEquals(List.of(), eul.at("importScreeningList.errors"), eul.body().toString());
    assertEquals(30, (Integer) eul.at("importScreeningList.version.entryCount"));
    assertEquals(64, ((String) eul.at("importScreeningList.version.sha256")).length());
    assertEquals("screening-admin", eul.at("importScreeningList.version.importedBy"));
    assertEquals(List.of(), csl.at("importScreeningList.errors"), csl.body().toString());
    List<Map<String, Object>> versions =
        api.graphql(filer, "{ screeningListVersions { list publishedOn entryCount } }")
            .at("screeningListVersions");
    assertEquals(2, versions.size());
  }

  @Test
  @Order(2)
  void theSameFileIsNotImportedTwiceAndOnlyAnAdministratorImports() throws IOException {
    GraphQLResponse again =
        importList(admin, "END_USER_LIST", "2026-09-30", "end-user-list-2026-09.csv");
    GraphQLResponse byOfficer =
        importList(officer, "END_USER_LIST", "2026-09-30", "end-user-list-2026-09.csv");

    List<Map<String, Object>> errors = again.at("importScreeningList.errors");
    assertEquals("DUPLICATE", errors.get(0).get("code"), again.body().toString());
    assertEquals("sha256", errors.get(0).get("field"));
    List<Map<String, Object>> refused = byOfficer.at("importScreeningList.errors");
    assertEquals("FORBIDDEN", refused.get(0).get("code"), byOfficer.body().toString());
  }

  @Test
  @Order(3)
  void aFilerSeesThatItsSimplifiedCounterpartyMatchesAnEntryWrittenInTraditionalCharacters() {
    GraphQLResponse response = api.graphql(filer, SCREEN, Map.of("o", "苏州华腾电子科技有限公司"));

    List<Map<String, Object>> hits = response.at("screenCounterparty.hits");
    assertEquals(List.of(), response.at("screenCounterparty.errors"), response.body().toString());
    Map<String, Object> hit =
        hits.stream().filter(h -> "END_USER_LIST".equals(h.get("list"))).findFirst().orElseThrow();
    assertEquals(1.0, ((Number) hit.get("score")).doubleValue());
    assertEquals("蘇州華騰電子科技有限公司", hit.get("entryName"));
    assertEquals("ALIAS", hit.get("entryField"));
    assertEquals("nameOriginal", hit.get("subjectField"));
    assertNotNull(hit.get("listVersionId"));
    @SuppressWarnings("unchecked")
    Map<String, Object> entry = (Map<String, Object>) hit.get("entry");
    assertEquals("4", entry.get("ref"));
    assertEquals("China", entry.get("country"));
    assertEquals("M", entry.get("concern"));
  }

  @Test
  @Order(4)
  void anOfficerScreensARomanisedNameAgainstBothListsAndANearMissFindsNothing() {
    GraphQLResponse both =
        api.graphql(officer, SCREEN, Map.of("r", "SUZHOU HUATENG ELECTRONIC TECHNOLOGY CO., LTD."));
    GraphQLResponse nearMiss = api.graphql(officer, SCREEN, Map.of("o", "杭州华腾电子科技有限公司"));

    List<Map<String, Object>> hits = both.at("screenCounterparty.hits");
    assertTrue(
        hits.stream().anyMatch(h -> "CONSOLIDATED_SCREENING_LIST".equals(h.get("list"))),
        both.body().toString());
    assertTrue(
        hits.stream().anyMatch(h -> "END_USER_LIST".equals(h.get("list"))), both.body().toString());
    assertEquals(List.of(), nearMiss.at("screenCounterparty.hits"), nearMiss.body().toString());
  }

  @Test
  @Order(5)
  void anExaminerMayNotScreenAndAScreeningNeedsAName() {
    GraphQLResponse byExaminer = api.graphql(examiner, SCREEN, Map.of("o", "蘇州"));
    GraphQLResponse noName = api.graphql(filer, SCREEN, Map.of());

    List<Map<String, Object>> refused = byExaminer.at("screenCounterparty.errors");
    assertEquals("FORBIDDEN", refused.get(0).get("code"));
    List<Map<String, Object>> required = noName.at("screenCounterparty.errors");
    assertEquals("REQUIRED", required.get(0).get("code"));
  }

  @Test
  @Order(6)
  void aCompanySubmitsAReportWhoseCounterpartyIsListedAndTheOfficerMarksTheHitATrueMatch() {
    Map<String, Object> form = new java.util.HashMap<>(CaseFixture.form("screening"));
    form.put(
        "counterparty",
        Map.of(
            "nameOriginal", "苏州华腾电子科技有限公司",
            "nameRomanised", "Suzhou Huateng Dianzi Keji",
            "countryCode", "CN",
            "relationship", "UNRELATED"));
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
                    + " preReport { id } errors { code field } } }",
                Map.of("in", form))
            .at("createPreReportDraft.preReport.id");
    GraphQLResponse submitted =
        api.graphql(
            filer,
            "mutation($id: ID!) { submitPreReport(id: $id) { preReport { state } errors { code } } }",
            Map.of("id", id));
    assertEquals(
        "SUBMITTED", submitted.at("submitPreReport.preReport.state"), submitted.body().toString());
    listedCase = id;

    String screening =
        "query($id: ID!) { preReport(id: $id) { screening { id version trigger"
            + " hit { score list listVersionId entryName entry { ref name } }"
            + " disposition { verdict reason decidedBy } } } }";
    List<Map<String, Object>> filerSees =
        api.graphql(filer, screening, Map.of("id", id)).at("preReport.screening");
    Map<String, Object> published = endUserListHit(filerSees);
    assertEquals("SUBMISSION", published.get("trigger"));
    assertEquals(null, published.get("disposition"));

    List<Map<String, Object>> officerSees =
        api.graphql(officer, screening, Map.of("id", id)).at("preReport.screening");
    Map<String, Object> hit = endUserListHit(officerSees);
    @SuppressWarnings("unchecked")
    Map<String, Object> matched = (Map<String, Object>) hit.get("hit");
    assertEquals(1.0, ((Number) matched.get("score")).doubleValue());
    assertNotNull(matched.get("listVersionId"));
    assertEquals("蘇州華騰電子科技有限公司", matched.get("entryName"));

    GraphQLResponse disposed =
        api.graphql(
            officer,
            "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in) {"
                + " hit { version disposition { verdict reason decidedBy } } errors { code } } }",
            Map.of(
                "in",
                Map.of(
                    "hitId",
                    hit.get("id"),
                    "verdict",
                    "TRUE_MATCH",
                    "reason",
                    "同一の所在地・別名（繁体字表記）を確認",
                    "expectedVersion",
                    hit.get("version"))));
    assertEquals(List.of(), disposed.at("disposeScreeningHit.errors"), disposed.body().toString());
    assertEquals("TRUE_MATCH", disposed.at("disposeScreeningHit.hit.disposition.verdict"));
    assertEquals("screening-officer", disposed.at("disposeScreeningHit.hit.disposition.decidedBy"));

    Map<String, Object> afterwards =
        endUserListHit(api.graphql(filer, screening, Map.of("id", id)).at("preReport.screening"));
    assertEquals(null, afterwards.get("disposition"), "the verdict is internal to officials");

    List<Map<String, Object>> trail =
        api.graphql(
                officer,
                "query($id: ID!) { auditTrail(caseId: $id) { action outcome } }",
                Map.of("id", id))
            .at("auditTrail");
    List<Object> actions = trail.stream().map(e -> e.get("action")).toList();
    assertTrue(actions.contains("COUNTERPARTY_SCREENED"), actions.toString());
    assertTrue(actions.contains("SCREENING_HIT_DISPOSED"), actions.toString());
    assertEquals(
        List.of("ACCEPTED", "ACCEPTED"),
        trail.stream()
            .filter(
                e ->
                    List.of("COUNTERPARTY_SCREENED", "SCREENING_HIT_DISPOSED")
                        .contains(e.get("action")))
            .map(e -> e.get("outcome"))
            .toList(),
        "the screening on submission and the verdict, both accepted");
  }

  @Test
  @Order(8)
  void aNewListVersionReScreensTheOpenCaseInTheBackgroundAndTheOfficerSeesTheNewHit()
      throws Exception {
    String newer =
        new String(bytes("end-user-list-2026-09.csv"), StandardCharsets.UTF_8)
            + "31,Russia,Volga Precision Instruments JSC,Volga Precision,M\n";
    GraphQLResponse imported =
        api.graphql(
            admin,
            "mutation($in: ImportScreeningListInput!) { importScreeningList(input: $in) {"
                + " version { id rescreen { state } } errors { code } } }",
            Map.of(
                "in",
                Map.of(
                    "list",
                    "END_USER_LIST",
                    "publishedOn",
                    LocalDate.now(JapanTime.ZONE).minusDays(1).toString(),
                    "contentBase64",
                    Base64.getEncoder().encodeToString(newer.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(List.of(), imported.at("importScreeningList.errors"), imported.body().toString());
    String version = imported.at("importScreeningList.version.id");
    assertNotNull(
        imported.at("importScreeningList.version.rescreen.state"),
        "the import records its re-screening and answers before it is run");

    Map<String, Object> run = finishedRescreen(version);
    assertTrue(((Number) run.get("screened")).intValue() >= 1, run.toString());
    assertTrue(((Number) run.get("casesWithNewHits")).intValue() >= 1, run.toString());
    assertNotNull(run.get("finishedAt"));

    String screening =
        "query($id: ID!) { preReport(id: $id) { screening { id version trigger"
            + " hit { score list listVersionId entryName } disposition { verdict } } } }";
    List<Map<String, Object>> hits =
        api.graphql(officer, screening, Map.of("id", listedCase)).at("preReport.screening");
    Map<String, Object> fresh =
        hits.stream()
            .filter(h -> "LIST_VERSION_IMPORTED".equals(h.get("trigger")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no re-screening hit in " + hits));
    @SuppressWarnings("unchecked")
    Map<String, Object> matched = (Map<String, Object>) fresh.get("hit");
    assertEquals(version, matched.get("listVersionId"));
    assertEquals(1.0, ((Number) matched.get("score")).doubleValue());
    assertEquals(null, fresh.get("disposition"), "a new version's hit is a new, unreviewed hit");
    assertTrue(
        hits.stream()
            .anyMatch(h -> h.get("disposition") != null && "SUBMISSION".equals(h.get("trigger"))),
        "the earlier version's hit keeps its verdict: " + hits);

    List<Map<String, Object>> told =
        api.graphql(
                officer,
                "{ notifications(unreadOnly: true, first: 50) { edges { node { kind caseId"
                    + " textJa } } } }")
            .at("notifications.edges");
    assertTrue(
        told.stream()
            .map(e -> (Map<?, ?>) e.get("node"))
            .anyMatch(
                n ->
                    "SCREENING_HITS_FOUND".equals(n.get("kind"))
                        && listedCase.equals(n.get("caseId"))),
        "the officers are told of the new hit: " + told);

    String unreviewed =
        "{ preReports(filter: { unreviewedHits: true }, first: 50) { edges { node { id } } } }";
    assertTrue(caseIds(api.graphql(officer, unreviewed)).contains(listedCase));
    GraphQLResponse disposed =
        api.graphql(
            officer,
            "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in) {"
                + " errors { code } } }",
            Map.of(
                "in",
                Map.of(
                    "hitId",
                    fresh.get("id"),
                    "verdict",
                    "TRUE_MATCH",
                    "reason",
                    "新版でも同一の掲載（繁体字表記の別名）",
                    "expectedVersion",
                    fresh.get("version"))));
    assertEquals(List.of(), disposed.at("disposeScreeningHit.errors"), disposed.body().toString());
    assertFalse(
        caseIds(api.graphql(officer, unreviewed)).contains(listedCase),
        "every hit of the case is reviewed now");

    List<Map<String, Object>> trail =
        api.graphql(
                officer,
                "query($id: ID!) { auditTrail(caseId: $id) { action outcome } }",
                Map.of("id", listedCase))
            .at("auditTrail");
    assertEquals(
        2,
        trail.stream().filter(e -> "COUNTERPARTY_SCREENED".equals(e.get("action"))).count(),
        "screened on submission and again against the new version: " + trail);
  }

  private Map<String, Object> finishedRescreen(String version) throws InterruptedException {
    long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (true) {
      List<Map<String, Object>> versions =
          api.graphql(
                  admin,
                  "{ screeningListVersions { id rescreen { state total screened"
                      + " casesWithNewHits newHits finishedAt } } }")
              .at("screeningListVersions");
      @SuppressWarnings("unchecked")
      Map<String, Object> run =
          (Map<String, Object>)
              versions.stream()
                  .filter(v -> version.equals(v.get("id")))
                  .findFirst()
                  .orElseThrow()
                  .get("rescreen");
      if ("FINISHED".equals(run.get("state"))) {
        return run;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("the re-screening did not finish: " + run);
      }
      Thread.sleep(200);
    }
  }

  private static List<Object> caseIds(GraphQLResponse response) {
    List<Map<String, Object>> edges = response.at("preReports.edges");
    return edges.stream()
        .map(e -> ((Map<?, ?>) e.get("node")).get("id"))
        .map(o -> (Object) o)
        .toList();
  }

  @Test
  @Order(7)
  void aFilerMayNotDisposeAndADispositionNeedsAReason() {
    GraphQLResponse byFiler =
        api.graphql(
            filer,
            "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in) {"
                + " errors { code field } } }",
            Map.of(
                "in",
                Map.of(
                    "hitId",
                    java.util.UUID.randomUUID().toString(),
                    "verdict",
                    "FALSE_POSITIVE",
                    "reason",
                    "not them")));
    List<Map<String, Object>> errors = byFiler.at("disposeScreeningHit.errors");
    assertEquals("NOT_FOUND", errors.get(0).get("code"));
  }

  private static Map<String, Object> endUserListHit(List<Map<String, Object>> hits) {
    return hits.stream()
        .filter(
            h -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> hit = (Map<String, Object>) h.get("hit");
              return "END_USER_LIST".equals(hit.get("list"));
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no End User List hit in " + hits));
  }
}
