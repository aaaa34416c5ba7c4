package dev.taiwa.service.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.taiwa.cases.identity.Organisation;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.http.World;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases to list with every edge filled, made over HTTP as users would: pre-reports of アルファ電材 in
 * dialogue (assigned officer, a meeting, a concern, a printed form, their deadlines) and its patent
 * applications under security review (a materials request recorded), each granted to a ベータ化学 filer
 * on a need-to-know basis.
 */
final class ListedCases {
  final String filer;
  final String officer;
  final String examiner;
  final String reviewer;
  final String grantee;

  private final ApiClient api;
  private final World world;
  private final String officerId;
  private final String granteeId;
  private int serial = (int) (System.nanoTime() % 400000) + 100000;

  ListedCases(ApiClient api, World world, UserAccounts users) {
    this.api = api;
    this.world = world;
    filer = login("spr-filer", world.alpha, Role.FILER);
    officer = login("spr-officer", world.meti, Role.DIALOGUE_OFFICER);
    examiner = login("spr-examiner", world.meti, Role.PATENT_EXAMINER);
    reviewer = login("spr-reviewer", world.meti, Role.SECURITY_REVIEWER);
    grantee = login("spr-grantee", world.beta, Role.FILER);
    officerId = users.findByUsername("spr-officer").orElseThrow().id().toString();
    granteeId = users.findByUsername("spr-grantee").orElseThrow().id().toString();
  }

  /** Files {@code count} pre-reports and {@code count} applications. */
  void file(int count) {
    for (int i = 0; i < count; i++) {
      preReportInDialogue();
      applicationUnderReview();
    }
  }

  private String login(String name, Organisation organisation, Role role) {
    return api.login(world.user(name, organisation, role), World.PASSWORD);
  }

  private void preReportInDialogue() {
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
