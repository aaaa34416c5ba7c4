package dev.taiwa.service.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.AuditAction;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import dev.taiwa.service.persistence.database.StatementCount;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list costs the same number of SQL statements whatever its page size: every edge reachable from
 * a list is loaded in one batch per request. A list query selecting every batched edge is asked for
 * pages of 5 and of 20 cases; a new N+1 (an edge read once per case) makes the larger page cost
 * more and fails here. The counts are printed.
 */
@MicronautTest(transactional = false)
class StatementsPerRequestHttpTest extends DatabaseTest {
  private static final int CASES = 20;
  private static final String PRE_REPORTS =
      "query($n: Int!) { preReports(first: $n) { edges { node { id reference organisation { name }"
          + " technologies { number } timeline { at eventType actorLabel } caseOfficer"
          + " officer { name office } meetings { id attendingOfficials { name office }"
          + " agenda { text } } concerns { id description answers { text } } deadlines { id"
          + " status dueDate } documents { id kind generatedBy { name office } } } } } }";
  private static final String PATENTS =
      "query($n: Int!) { patentApplications(first: $n) { edges { node { id state title"
          + " abstract claims applicants { name } designation { periodEnd } foreignFilingGate { status since } reviewRecords {"
          + " id kind text recordedBy { name office } } trackDeadlines { subject status due }"
          + " nonSendingNotice { requestedAt issuedOn } deadlines { id status } documents { id"
          + " generatedBy { name } } } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject StatementCount statements;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;
  private String filer;
  private String officer;
  private String examiner;
  private String reviewer;
  private String grantee;
  private String granteeId;
  private int serial = (int) (System.nanoTime() % 400000) + 100000;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("taiwa.graphql.max-cost", "1000000");
    return properties;
  }

  @BeforeAll
  void fileCases() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    filer = login("spr-filer", world.alpha, Role.FILER);
    officer = login("spr-officer", world.meti, Role.DIALOGUE_OFFICER);
    examiner = login("spr-examiner", world.meti, Role.PATENT_EXAMINER);
    reviewer = login("spr-reviewer", world.meti, Role.SECURITY_REVIEWER);
    grantee = login("spr-grantee", world.beta, Role.FILER);
    granteeId = users.findByUsername("spr-grantee").orElseThrow().id().toString();
    String officerId = users.findByUsername("spr-officer").orElseThrow().id().toString();
    for (int i = 0; i < CASES; i++) {
      preReportInDialogue(officerId);
      applicationUnderReview();
    }
  }

  @Test
  void aPreReportListWithEveryEdgeCostsTheSameForFiveAndTwentyCases() {
    assertSameCost(officer, PRE_REPORTS, "preReports");
  }

  @Test
  void aReviewersPatentListWithEveryEdgeCostsTheSameForFiveAndTwentyApplications() {
    assertSameCost(reviewer, PATENTS, "patentApplications");
  }

  @Test
  void aGranteesPatentListCostsTheSameForFiveAndTwentyApplications() {
    assertSameCost(grantee, PATENTS, "patentApplications");
  }

  @Test
  void aBatchedPatentListStillAuditsEachApplicationsSecretContentAndRecordsRead() {
    List<CaseId> listed =
        api
            .graphql(reviewer, PATENTS, Map.of("n", CASES))
            .<List<Map<String, Map<String, Object>>>>at("patentApplications.edges")
            .stream()
            .map(edge -> CaseId.parse((String) edge.get("node").get("id")))
            .toList();
    Map<CaseId, Long> before = secretReads(listed);

    GraphQLResponse response = api.graphql(reviewer, PATENTS, Map.of("n", CASES));

    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    Map<CaseId, Long> after = secretReads(listed);
    for (CaseId id : listed) {
      assertEquals(
          before.get(id) + 2, after.get(id), "content and records read of application " + id);
    }
  }

  private Map<CaseId, Long> secretReads(List<CaseId> ids) {
    Map<CaseId, Long> reads = new HashMap<>();
    auditLog
        .trails(ids)
        .forEach(
            (id, trail) ->
                reads.put(
                    id,
                    trail.stream()
                        .filter(
                            e -> e.entry().action().equals(AuditAction.SECRET_CONTENT_READ.name()))
                        .count()));
    return reads;
  }

  @Test
  void aRequestReadsTheCallersAccountOnceAndNothingElseForItsOwnAccount() {
    long before = statements.executed();
    GraphQLResponse response = api.graphql(officer, "{ me { username displayName } }", Map.of());
    long cost = statements.executed() - before;
    assertEquals("spr-officer", response.at("me.username"), () -> response.body().toString());
    assertEquals(1, cost, "statements of { me }");
  }

  private void assertSameCost(String token, String query, String list) {
    statementsFor(token, query, list, 5);
    long five = statementsFor(token, query, list, 5);
    long twenty = statementsFor(token, query, list, CASES);
    System.out.printf(
        "%s (%s): %d statements for 5 cases, %d for %d%n",
        list, caller(token), five, twenty, CASES);
    assertEquals(five, twenty, list + ": statements for 5 cases, then for " + CASES);
  }

  private String caller(String token) {
    return token.equals(officer)
        ? "dialogue officer"
        : token.equals(reviewer) ? "security reviewer" : "company grantee";
  }

  private long statementsFor(String token, String query, String list, int first) {
    long before = statements.executed();
    GraphQLResponse response = api.graphql(token, query, Map.of("n", first));
    long cost = statements.executed() - before;
    assertNotNull(response.at(list), () -> response.body().toString());
    assertEquals(List.of(), response.errors(), () -> response.body().toString());
    assertEquals(first, response.<List<?>>at(list + ".edges").size());
    return cost;
  }

  private String login(String name, dev.taiwa.cases.identity.Organisation organisation, Role role) {
    return api.login(world.user(name, organisation, role), World.PASSWORD);
  }

  private void preReportInDialogue(String officerId) {
    String id =
        change(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport { id"
                    + " } errors { code field message } } }",
                "createPreReportDraft",
                Map.of("in", CaseFixture.form("spr-" + serial++)))
            .at("createPreReportDraft.preReport.id");
    step(filer, "submitPreReport(id: $id)", id, "preReport");
    step(officer, "startPreReportReview(id: $id)", id, "preReport");
    change(
        officer,
        "mutation($id: ID!, $o: ID!) { assignCaseOfficer(caseId: $id, officerId: $o) { errors {"
            + " code field message } } }",
        "assignCaseOfficer",
        Map.of("id", id, "o", officerId));
    change(
        officer,
        "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in) {"
            + " errors { code field message } } }",
        "scheduleMeeting",
        Map.of("id", id, "in", meetingInput()));
    change(
        officer,
        "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in) { errors"
            + " { code field message } } }",
        "raiseConcern",
        Map.of("id", id, "in", concernInput()));
    change(
        filer,
        "mutation($id: ID!) { generateDocument(caseId: $id, kind: PRE_REPORT_FORM) { errors {"
            + " code field message } } }",
        "generateDocument",
        Map.of("id", id));
  }

  private void applicationUnderReview() {
    LocalDate filed = JapanTime.dateOf(java.time.Instant.now()).minusDays(10);
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", filed.getYear() + "-" + serial++);
    in.put("filingDate", filed.toString());
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "誘導制御装置");
    in.put("abstract", "要約");
    in.put("claims", "【請求項1】誘導制御装置");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    in.put("additionalRequirementFacts", Map.of("defencePurpose", true));
    String id =
        change(
                examiner,
                "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
                    + " patentApplication { id } errors { code field message } } }",
                "registerPatentApplication",
                Map.of("in", in))
            .at("registerPatentApplication.patentApplication.id");
    step(
        examiner,
        "decideScreening(id: $id, input: {outcome: SEND_TO_REVIEW, matchedFields: [3], reason:"
            + " \"誘導武器に該当\"})",
        id,
        "patentApplication");
    step(reviewer, "startSecurityReview(id: $id)", id, "patentApplication");
    change(
        reviewer,
        "mutation($id: ID!) { requestReviewMaterials(id: $id, input: {text: \"図面\", replyDays:"
            + " 10}) { recordId errors { code field message } } }",
        "requestReviewMaterials",
        Map.of("id", id));
    change(
        reviewer,
        "mutation($in: GrantAccessInput!) { grantAccess(input: $in) { errors { code field message"
            + " } } }",
        "grantAccess",
        Map.of(
            "in",
            Map.of(
                "granteeId",
                granteeId,
                "caseId",
                id,
                "reason",
                "共同研究先として知る必要がある",
                "expiresAt",
                java.time.Instant.now().plus(java.time.Duration.ofDays(30)).toString())));
  }

  private void step(String token, String call, String id, String object) {
    change(
        token,
        "mutation($id: ID!) { "
            + call
            + " { "
            + object
            + " { id } errors { code field message } } }",
        call.substring(0, call.indexOf('(')),
        Map.of("id", id));
  }

  private GraphQLResponse change(
      String token, String mutation, String field, Map<String, Object> variables) {
    GraphQLResponse response = api.graphql(token, mutation, variables);
    assertNotNull(response.at(field), () -> field + ": " + response.body());
    assertEquals(List.of(), response.at(field + ".errors"), () -> field + ": " + response.body());
    return response;
  }

  private static Map<String, Object> meetingInput() {
    return Map.of(
        "startsAt",
        java.time.Instant.now().plus(java.time.Duration.ofDays(30)).toString(),
        "place",
        "経済産業省 会議室",
        "agenda",
        List.of(Map.of("text", "技術管理措置", "visibility", "COMPANY_VISIBLE")));
  }

  private static Map<String, Object> concernInput() {
    return Map.of(
        "category",
        "END_USE",
        "severity",
        "MEDIUM",
        "description",
        "最終用途の確認",
        "concernInformation",
        "懸念情報");
  }
}
