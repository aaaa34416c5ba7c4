package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's case timeline over real HTTP: a company files, an officer starts review, assigns
 * himself, schedules a meeting with an internal agenda item and raises a concern. The official
 * reads every accepted step in order; the company only its allow-listed steps, with its own users
 * as 貴社 and officials as their role; nobody reads user ids, summaries or internal text.
 */
@MicronautTest(transactional = false)
class TimelineHttpTest extends DatabaseTest {
  private static final String INTERNAL_AGENDA = "内部議題: 相手方の調達網";
  private static final String CONCERN_INFORMATION = "懸念情報: 相手方は軍関連企業と取引";
  private static final String TIMELINE =
      "query($id: ID!) { preReport(id: $id) { timeline { at eventType labelJa labelEn"
          + " actorLabel } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String filer;
  private String stranger;
  private String officer;
  private String officerId;
  private String filerId;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    String filerName = world.user("t-alpha-filer", world.alpha, Role.FILER);
    filer = api.login(filerName, World.PASSWORD);
    stranger = api.login(world.user("t-beta-filer", world.beta, Role.FILER), World.PASSWORD);
    String officerName = world.user("t-officer", world.meti, Role.DIALOGUE_OFFICER);
    officer = api.login(officerName, World.PASSWORD);
    officerId = users.findByUsername(officerName).orElseThrow().id().toString();
    filerId = users.findByUsername(filerName).orElseThrow().id().toString();
  }

  @Test
  void theOfficialSeesEveryStepInOrderAndTheCompanyOnlyItsOwnStepsWithoutInternalText() {
    String caseId = filedCaseInDialogue();

    List<Map<String, Object>> official = timeline(officer, caseId);
    assertEquals(
        List.of(
            "PRE_REPORT_DRAFT_CREATED",
            "PRE_REPORT_SUBMITTED",
            "PRE_REPORT_REVIEW_STARTED",
            "DIALOGUE_ASSIGN_CASE_OFFICER",
            "DIALOGUE_SCHEDULE_MEETING",
            "DIALOGUE_RAISE_CONCERN"),
        field(official, "eventType"));
    assertEquals(List.of("届出者", "届出者", "担当官", "担当官", "担当官", "担当官"), field(official, "actorLabel"));
    assertEquals("懸念提示", official.get(5).get("labelJa"));
    assertEquals("Concern raised", official.get(5).get("labelEn"));
    List<String> times = field(official, "at");
    assertEquals(times.stream().sorted().toList(), times);

    List<Map<String, Object>> company = timeline(filer, caseId);
    assertEquals(
        List.of(
            "PRE_REPORT_DRAFT_CREATED",
            "PRE_REPORT_SUBMITTED",
            "PRE_REPORT_REVIEW_STARTED",
            "DIALOGUE_SCHEDULE_MEETING",
            "DIALOGUE_RAISE_CONCERN"),
        field(company, "eventType"));
    assertEquals(List.of("貴社", "貴社", "担当官", "担当官", "担当官"), field(company, "actorLabel"));

    for (String token : List.of(officer, filer)) {
      String raw = api.rawGraphql(token, TIMELINE, Map.of("id", caseId));
      for (String hidden :
          List.of(INTERNAL_AGENDA, CONCERN_INFORMATION, officerId, filerId, "t-officer")) {
        assertFalse(raw.contains(hidden), hidden);
      }
    }
  }

  @Test
  void refusedAttemptsAreOnNoTimelineAndAnotherCompanySeesNoCase() {
    String caseId = submittedReport();
    GraphQLResponse refused =
        api.graphql(
            filer,
            "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
            Map.of("id", caseId));
    assertEquals(
        "FORBIDDEN",
        ((Map<?, ?>) refused.<List<?>>at("startPreReportReview.errors").get(0)).get("code"));

    List<String> types = List.of("PRE_REPORT_DRAFT_CREATED", "PRE_REPORT_SUBMITTED");
    assertEquals(types, field(timeline(officer, caseId), "eventType"));
    assertEquals(types, field(timeline(filer, caseId), "eventType"));

    GraphQLResponse strangers = api.graphql(stranger, TIMELINE, Map.of("id", caseId));
    assertNull(strangers.at("preReport"));
    assertFalse(api.rawGraphql(stranger, TIMELINE, Map.of("id", caseId)).contains("PRE_REPORT"));
  }

  private List<Map<String, Object>> timeline(String token, String caseId) {
    GraphQLResponse response = api.graphql(token, TIMELINE, Map.of("id", caseId));
    assertEquals(List.of(), response.errors(), response::toString);
    return response.at("preReport.timeline");
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> field(List<Map<String, Object>> entries, String name) {
    return entries.stream().map(e -> (T) e.get(name)).toList();
  }

  private String filedCaseInDialogue() {
    String caseId = submittedReport();
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
            Map.of("id", caseId)),
        "startPreReportReview");
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!, $o: ID!) { assignCaseOfficer(caseId: $id, officerId: $o) {"
                + " errors { code } } }",
            Map.of("id", caseId, "o", officerId)),
        "assignCaseOfficer");
    Map<String, Object> meeting =
        Map.of(
            "startsAt",
            "2027-01-05T05:00:00Z",
            "place",
            "経済産業省 別館 会議室",
            "participants",
            List.of(Map.of("name", "試験 花子", "role", "輸出管理部長")),
            "agenda",
            List.of(
                Map.of("text", "技術管理措置の説明", "visibility", "COMPANY_VISIBLE"),
                Map.of("text", INTERNAL_AGENDA, "visibility", "INTERNAL")));
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in) {"
                + " errors { code } } }",
            Map.of("id", caseId, "in", meeting)),
        "scheduleMeeting");
    Map<String, Object> concern =
        Map.of(
            "category",
            "END_USE",
            "severity",
            "HIGH",
            "description",
            "用途の確認",
            "concernInformation",
            CONCERN_INFORMATION);
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in) {"
                + " errors { code } } }",
            Map.of("id", caseId, "in", concern)),
        "raiseConcern");
    return caseId;
  }

  private String submittedReport() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", CaseFixture.form("timeline")))
            .at("createPreReportDraft.preReport.id");
    ok(
        api.graphql(
            filer,
            "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
            Map.of("id", id)),
        "submitPreReport");
    return id;
  }

  private static void ok(GraphQLResponse response, String field) {
    assertEquals(List.of(), response.at(field + ".errors"), () -> field + ": " + response.body());
  }
}
