package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The last Track B pieces over HTTP: the applicant's request for a notice of non-sending answered
 * by a NOT_SENT decision or by the examiner after the screening months; security reviewers kept out
 * of the patent office's screening; grant holders finding their granted applications in the list.
 */
@MicronautTest(transactional = false)
class PatentFinishHttpTest extends DatabaseTest {
  private static final String NOTICE =
      "{ nonSendingNotice { requestedAt requestedBy issuedOn } errors { code field message } }";
  private static final String READ =
      "query($id: ID!) { patentApplication(id: $id) { id state"
          + " nonSendingNotice { requestedBy issuedOn } } }";
  private static final String LIST =
      "query($n: String) { patentApplications(filter: {applicationNumber: $n})"
          + " { totalCount edges { node { id applicationNumber state title secretWithheld } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;
  private String examiner;
  private String filer;
  private String reviewer;
  private String auditor;
  private String filerId;
  private String auditorId;
  private int serial = 300000;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    examiner = login(world.user("finish-examiner", world.meti, Role.PATENT_EXAMINER));
    filer = login(world.user("finish-filer", world.alpha, Role.FILER));
    reviewer = login(world.user("finish-reviewer", world.meti, Role.SECURITY_REVIEWER));
    auditor = login(world.user("finish-auditor", world.meti, Role.AUDITOR));
    filerId = users.findByUsername("finish-filer").orElseThrow().id().toString();
    auditorId = users.findByUsername("finish-auditor").orElseThrow().id().toString();
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }

  private String registered(String filed) {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", filed.substring(0, 4) + "-" + serial++);
    in.put("filingDate", filed);
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "極超音速飛翔体の誘導装置");
    in.put("abstract", "飛翔体の軌道を制御する。");
    in.put("claims", "【請求項1】誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", "DIRECT");
    GraphQLResponse response =
        api.graphql(
            examiner,
            "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in)"
                + " { patentApplication { id } errors { code } } }",
            Map.of("in", in));
    assertEquals(List.of(), response.at("registerPatentApplication.errors"));
    return response.at("registerPatentApplication.patentApplication.id");
  }

  /** A week ago: first screening (3 months, ESPA Art. 66) may still send it to review. */
  private static String lastWeek() {
    return LocalDate.now(JapanTime.ZONE).minusDays(7).toString();
  }

  private Map<String, Object> notice(String token, String mutation, String id) {
    return api.graphql(
            token,
            "mutation($id: ID!) { " + mutation + "(id: $id) " + NOTICE + " }",
            Map.of("id", id))
        .at(mutation);
  }

  private void decide(String id, String outcome, List<Integer> fields) {
    GraphQLResponse response =
        api.graphql(
            examiner,
            "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id, input:"
                + " $in) { errors { code } } }",
            Map.of(
                "id",
                id,
                "in",
                Map.of("outcome", outcome, "matchedFields", fields, "reason", "審査済")));
    assertEquals(List.of(), response.at("decideScreening.errors"), response::toString);
  }

  private List<String> auditActions(String id) {
    return auditLog.trail(CaseId.parse(id)).stream()
        .map(AuditEvent::entry)
        .map(e -> e.action() + ":" + e.outcome())
        .toList();
  }

  @Test
  void theNotSentDecisionAnswersTheApplicantsRequestWithTheNotice() {
    String id = registered("2025-06-02");

    Map<String, Object> asked = notice(filer, "requestNonSendingNotice", id);
    assertEquals(List.of(), asked.get("errors"));
    decide(id, "NOT_SENT", List.of());

    Map<String, Object> seen = api.graphql(filer, READ, Map.of("id", id)).at("patentApplication");
    @SuppressWarnings("unchecked")
    Map<String, Object> answer = (Map<String, Object>) seen.get("nonSendingNotice");
    assertEquals(filerId, answer.get("requestedBy"));
    assertEquals(LocalDate.now(JapanTime.ZONE).toString(), answer.get("issuedOn"));
    List<String> trail = auditActions(id);
    assertEquals(
        true, trail.contains("PATENT_NON_SENDING_NOTICE_ISSUED:ACCEPTED"), trail::toString);
  }

  @Test
  void anExaminerWorkingFromABeforeTheRequestVersionIsToldItChangedAndNothingIsIssued() {
    String id = registered("2025-06-02");
    Object read =
        api.graphql(
                examiner,
                "query($id: ID!) { patentApplication(id: $id) { version } }",
                Map.of("id", id))
            .at("patentApplication.version");
    notice(filer, "requestNonSendingNotice", id);

    Map<String, Object> stale =
        api.graphql(
                examiner,
                "mutation($id: ID!, $v: Int) { issueNonSendingNotice(id: $id, expectedVersion: $v) "
                    + NOTICE
                    + " }",
                Map.of("id", id, "v", read))
            .at("issueNonSendingNotice");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) stale.get("errors");
    assertEquals("CONFLICT", errors.get(0).get("code"), stale::toString);
    Map<String, Object> seen = api.graphql(filer, READ, Map.of("id", id)).at("patentApplication");
    @SuppressWarnings("unchecked")
    Map<String, Object> pending = (Map<String, Object>) seen.get("nonSendingNotice");
    assertEquals(null, pending.get("issuedOn"), "nothing was issued");
  }

  @Test
  void theExaminerIssuesTheNoticeOnceTheScreeningMonthsHavePassedAndNotBefore() {
    String old = registered("2025-06-02");
    String recent = registered(LocalDate.now(JapanTime.ZONE).minusDays(10).toString());
    notice(filer, "requestNonSendingNotice", old);
    notice(filer, "requestNonSendingNotice", recent);

    Map<String, Object> issued = notice(examiner, "issueNonSendingNotice", old);
    Map<String, Object> early = notice(examiner, "issueNonSendingNotice", recent);

    assertEquals(List.of(), issued.get("errors"));
    @SuppressWarnings("unchecked")
    Map<String, Object> answer = (Map<String, Object>) issued.get("nonSendingNotice");
    assertEquals(LocalDate.now(JapanTime.ZONE).toString(), answer.get("issuedOn"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) early.get("errors");
    assertEquals("SCREENING_PERIOD_NOT_ENDED", errors.get(0).get("code"));
    assertEquals(
        "PATENT_NON_SENDING_NOTICE_ISSUED:REJECTED",
        auditActions(recent).get(auditActions(recent).size() - 1));
  }

  @Test
  void aSecondRequestIsRefusedAsADuplicate() {
    String id = registered("2025-06-02");
    notice(filer, "requestNonSendingNotice", id);

    Map<String, Object> again = notice(filer, "requestNonSendingNotice", id);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) again.get("errors");
    assertEquals("DUPLICATE", errors.get(0).get("code"));
  }

  @Test
  void aSecurityReviewerFindsNoApplicationBeforeItIsSentToReview() {
    String screened = registered(lastWeek());
    String notSent = registered("2025-06-02");
    decide(notSent, "NOT_SENT", List.of());
    String outside = registered("2024-04-30");

    for (String id : List.of(screened, notSent, outside)) {
      GraphQLResponse read = api.graphql(reviewer, READ, Map.of("id", id));
      assertNull(read.at("patentApplication"), id);
    }
    decide(screened, "SEND_TO_REVIEW", List.of(3));
    assertNotNull(api.graphql(reviewer, READ, Map.of("id", screened)).at("patentApplication"));
  }

  @Test
  void aSecurityReviewersListLeavesOutApplicationsStillWithThePatentOffice() {
    String screened = registered(lastWeek());
    String number =
        api.graphql(
                examiner,
                "query($id: ID!) { patentApplication(id: $id) { applicationNumber } }",
                Map.of("id", screened))
            .at("patentApplication.applicationNumber");

    Number before =
        api.graphql(reviewer, LIST, Map.of("n", number)).at("patentApplications.totalCount");
    decide(screened, "SEND_TO_REVIEW", List.of(3));
    Number after =
        api.graphql(reviewer, LIST, Map.of("n", number)).at("patentApplications.totalCount");

    assertEquals(0, before.intValue());
    assertEquals(1, after.intValue());
  }

  @Test
  void anAuditorWithAnActiveGrantFindsTheApplicationInTheListWithItsContentAudited() {
    String id = registered(lastWeek());
    decide(id, "SEND_TO_REVIEW", List.of(3));
    String number =
        api.graphql(
                examiner,
                "query($id: ID!) { patentApplication(id: $id) { applicationNumber } }",
                Map.of("id", id))
            .at("patentApplication.applicationNumber");
    Number hidden =
        api.graphql(auditor, LIST, Map.of("n", number)).at("patentApplications.totalCount");
    GraphQLResponse granted =
        api.graphql(
            reviewer,
            "mutation($in: GrantAccessInput!) { grantAccess(input: $in) { grant { id }"
                + " errors { code message } } }",
            Map.of(
                "in",
                Map.of(
                    "granteeId",
                    auditorId,
                    "caseId",
                    id,
                    "reason",
                    "保全審査の監査のため",
                    "expiresAt",
                    Instant.now().plus(Duration.ofDays(3)).toString())));
    assertEquals(List.of(), granted.at("grantAccess.errors"), () -> granted.body().toString());

    GraphQLResponse list = api.graphql(auditor, LIST, Map.of("n", number));

    assertEquals(0, hidden.intValue());
    assertEquals(1, ((Number) list.at("patentApplications.totalCount")).intValue());
    assertEquals(id, list.at("patentApplications.edges.0.node.id"));
    assertEquals("極超音速飛翔体の誘導装置", list.at("patentApplications.edges.0.node.title"));
    assertEquals(
        1L,
        auditLog.trail(CaseId.parse(id)).stream()
            .map(AuditEvent::entry)
            .filter(e -> e.action().equals("SECRET_CONTENT_READ"))
            .filter(e -> e.actorId().toString().equals(auditorId))
            .count());
  }
}
