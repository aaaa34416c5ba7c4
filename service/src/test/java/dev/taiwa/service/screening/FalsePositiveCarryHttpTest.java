package dev.taiwa.service.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 over real HTTP: a false positive stays dismissed while its entry is unchanged. Version 1
 * of the End User List lists an entry whose name the counterparty of a submitted report shares; the
 * officer marks the hit FALSE_POSITIVE. Version 2 (another entry added, this one unchanged) is
 * re-screened in the background: its hit is stored dismissed, carrying the officer's verdict from
 * version 1, and the case is not in the "unreviewed hits" queue. Version 3 adds an alias to the
 * entry: its hit comes back unreviewed.
 */
@MicronautTest(transactional = false)
class FalsePositiveCarryHttpTest extends DatabaseTest {
  private static final String HEADER =
      "No.,Country or Region,Company or Organization,Also Known As,Type of WMD\n";
  private static final String OTHER =
      "1,Afghanistan,Pamir Trade Services,Pamir Trading Services Co.,C\n";
  private static final String LISTED =
      "2,China,青島海昇精密機械有限公司,Qingdao Haisheng Precision Machinery Co.,M\n";
  private static final String ADDED =
      "3,Russia,Volga Precision Instruments JSC,Volga Precision,M\n";
  private static final String LISTED_WITH_NEW_ALIAS =
      "2,China,青島海昇精密機械有限公司,\"Qingdao Haisheng Precision Machinery Co.\n"
          + "Haisheng Jingmi Jixie\",M\n";
  private static final String SCREENING =
      "query($id: ID!) { preReport(id: $id) { screening { id version trigger"
          + " hit { list listVersionId entry { ref aliases } }"
          + " disposition { verdict reason decidedBy decidedAt carriedFromVersion } } } }";
  private static final String UNREVIEWED =
      "{ preReports(filter: { unreviewedHits: true }, first: 50) { edges { node { id } } } }";

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

  @BeforeAll
  void accounts() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    admin = api.login(world.user("carry-admin", world.meti, Role.ADMIN), World.PASSWORD);
    filer = api.login(world.user("carry-filer", world.alpha, Role.FILER), World.PASSWORD);
    officer =
        api.login(world.user("carry-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
  }

  @Test
  void aFalsePositiveIsCarriedToANewVersionWhileTheEntryIsUnchangedAndReturnsWhenItChanges()
      throws Exception {
    String v1 = importAndRescreen("2026-09-30", HEADER + OTHER + LISTED);
    String caseId = submitReportWithListedCounterparty();

    Map<String, Object> first = hitOf(caseId, v1);
    assertNull(first.get("disposition"), "the submission's hit is unreviewed");
    assertTrue(unreviewedCases().contains(caseId));
    GraphQLResponse disposed =
        api.graphql(
            officer,
            "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in) {"
                + " hit { disposition { decidedAt } } errors { code } } }",
            Map.of(
                "in",
                Map.of(
                    "hitId",
                    first.get("id"),
                    "verdict",
                    "FALSE_POSITIVE",
                    "reason",
                    "所在地・事業内容が異なる同名の別法人",
                    "expectedVersion",
                    first.get("version"))));
    assertEquals(List.of(), disposed.at("disposeScreeningHit.errors"), disposed.body().toString());
    assertFalse(unreviewedCases().contains(caseId));

    long toldBefore = hitsFoundNotices(caseId);
    String v2 = importAndRescreen("2026-10-31", HEADER + OTHER + LISTED + ADDED);
    Map<String, Object> carried = hitOf(caseId, v2);
    assertEquals("LIST_VERSION_IMPORTED", carried.get("trigger"));
    Map<?, ?> disposition = (Map<?, ?>) carried.get("disposition");
    assertNotNull(disposition, "the unchanged entry's hit is stored dismissed: " + carried);
    assertEquals("FALSE_POSITIVE", disposition.get("verdict"));
    assertEquals("所在地・事業内容が異なる同名の別法人", disposition.get("reason"));
    assertEquals("carry-officer", disposition.get("decidedBy"));
    assertEquals(
        ((Map<?, ?>) hitOf(caseId, v1).get("disposition")).get("decidedAt"),
        disposition.get("decidedAt"),
        "the officer's decision, at the time it was given");
    assertEquals(v1, disposition.get("carriedFromVersion"));
    assertFalse(
        unreviewedCases().contains(caseId), "no unreviewed hit after the new version's import");

    assertEquals(
        toldBefore, hitsFoundNotices(caseId), "no one is told of a hit that waits for no one");

    String v3 = importAndRescreen("2026-11-30", HEADER + OTHER + LISTED_WITH_NEW_ALIAS + ADDED);
    Map<String, Object> returned = hitOf(caseId, v3);
    assertEquals(
        List.of("Qingdao Haisheng Precision Machinery Co.", "Haisheng Jingmi Jixie"),
        ((Map<?, ?>) ((Map<?, ?>) returned.get("hit")).get("entry")).get("aliases"));
    assertNull(returned.get("disposition"), "the changed entry's hit returns unreviewed");
    assertTrue(unreviewedCases().contains(caseId));
    assertEquals(toldBefore + 1, hitsFoundNotices(caseId), "the officers are told of it");

    GraphQLResponse remarked =
        api.graphql(
            officer,
            "mutation($in: DisposeScreeningHitInput!) { disposeScreeningHit(input: $in) {"
                + " errors { code } } }",
            Map.of(
                "in",
                Map.of(
                    "hitId",
                    carried.get("id"),
                    "verdict",
                    "TRUE_MATCH",
                    "reason",
                    "再確認の結果、同一法人と判明",
                    "expectedVersion",
                    carried.get("version"))));
    assertEquals(List.of(), remarked.at("disposeScreeningHit.errors"), remarked.body().toString());
    Map<?, ?> own = (Map<?, ?>) hitOf(caseId, v2).get("disposition");
    assertEquals("TRUE_MATCH", own.get("verdict"));
    assertNull(own.get("carriedFromVersion"), "a verdict given on the hit itself is not carried");

    List<Map<String, Object>> companySees =
        api.graphql(filer, SCREENING, Map.of("id", caseId)).at("preReport.screening");
    assertEquals(3, companySees.size());
    assertTrue(
        companySees.stream().allMatch(h -> h.get("disposition") == null),
        "the company sees no verdict, carried or not: " + companySees);
  }

  private String importAndRescreen(String publishedOn, String csv) throws InterruptedException {
    GraphQLResponse imported =
        api.graphql(
            admin,
            "mutation($in: ImportScreeningListInput!) { importScreeningList(input: $in) {"
                + " version { id } errors { code message } } }",
            Map.of(
                "in",
                Map.of(
                    "list",
                    "END_USER_LIST",
                    "publishedOn",
                    publishedOn,
                    "contentBase64",
                    Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)))));
    assertEquals(List.of(), imported.at("importScreeningList.errors"), imported.body().toString());
    String version = imported.at("importScreeningList.version.id");
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      List<Map<String, Object>> versions =
          api.graphql(admin, "{ screeningListVersions { id rescreen { state } } }")
              .at("screeningListVersions");
      Object state =
          versions.stream()
              .filter(v -> version.equals(v.get("id")))
              .map(v -> ((Map<?, ?>) v.get("rescreen")).get("state"))
              .findFirst()
              .orElseThrow();
      if ("FINISHED".equals(state)) {
        return version;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("the re-screening of " + version + " did not finish: " + state);
      }
      Thread.sleep(200);
    }
  }

  private String submitReportWithListedCounterparty() {
    return ListedCounterparty.submitted(
        api, filer, "carry", "青島海昇精密機械有限公司", "Qingdao Haisheng Precision Machinery");
  }

  /** The case's one hit of {@code version}, as the officer sees it. */
  private Map<String, Object> hitOf(String caseId, String version) {
    List<Map<String, Object>> hits =
        api.graphql(officer, SCREENING, Map.of("id", caseId)).at("preReport.screening");
    List<Map<String, Object>> ofVersion =
        hits.stream()
            .filter(h -> version.equals(((Map<?, ?>) h.get("hit")).get("listVersionId")))
            .toList();
    assertEquals(1, ofVersion.size(), "one hit of version " + version + " in " + hits);
    return ofVersion.get(0);
  }

  /** The SCREENING_HITS_FOUND notifications the officer has about the case. */
  private long hitsFoundNotices(String caseId) {
    List<Map<String, Object>> edges =
        api.graphql(officer, "{ notifications(first: 100) { edges { node { kind caseId } } } }")
            .at("notifications.edges");
    return edges.stream()
        .map(e -> (Map<?, ?>) e.get("node"))
        .filter(n -> "SCREENING_HITS_FOUND".equals(n.get("kind")) && caseId.equals(n.get("caseId")))
        .count();
  }

  private List<Object> unreviewedCases() {
    List<Map<String, Object>> edges = api.graphql(officer, UNREVIEWED).at("preReports.edges");
    return edges.stream()
        .map(e -> ((Map<?, ?>) e.get("node")).get("id"))
        .map(o -> (Object) o)
        .toList();
  }
}
