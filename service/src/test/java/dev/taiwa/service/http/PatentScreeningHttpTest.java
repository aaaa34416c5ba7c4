package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
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
 * Track B first screening over real HTTP: an examiner registers applications (two fall outside
 * screening), sends one to review, the applicant asks for review of another; the secret content is
 * read by the applicant (audited), hidden from another company, a dialogue officer and an auditor,
 * until a security reviewer grants the auditor access.
 */
@MicronautTest(transactional = false)
class PatentScreeningHttpTest extends DatabaseTest {
  private static final String PAYLOAD =
      "{ patentApplication { id state secretWithheld outsideReason screeningDue }"
          + " errors { code field message } }";
  private static final String REGISTER =
      "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) "
          + PAYLOAD
          + " }";
  private static final String DECIDE =
      "mutation($id: ID!, $in: ScreeningDecisionInput!) { decideScreening(id: $id, input: $in) "
          + PAYLOAD
          + " }";
  private static final String READ =
      "query($id: ID!) { patentApplication(id: $id) { id applicationNumber state secretWithheld"
          + " title abstract claims filingDate } }";

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
  private String strangerFiler;
  private String officer;
  private String auditor;
  private String reviewer;
  private String auditorId;
  private String filerId;
  private int serial = 200000;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    examiner = login(world.user("jpo-examiner", world.meti, Role.PATENT_EXAMINER));
    filer = login(world.user("alpha-filer", world.alpha, Role.FILER));
    strangerFiler = login(world.user("beta-filer", world.beta, Role.FILER));
    officer = login(world.user("meti-officer", world.meti, Role.DIALOGUE_OFFICER));
    auditor = login(world.user("auditor", world.meti, Role.AUDITOR));
    reviewer = login(world.user("cao-reviewer", world.meti, Role.SECURITY_REVIEWER));
    auditorId = users.findByUsername("auditor").orElseThrow().id().toString();
    filerId = users.findByUsername("alpha-filer").orElseThrow().id().toString();
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }

  private Map<String, Object> application(String filed, String route) {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", filed.substring(0, 4) + "-" + serial++);
    in.put("filingDate", filed);
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "極超音速飛翔体の誘導装置");
    in.put("abstract", "飛翔体の軌道を制御する。");
    in.put("claims", "【請求項1】誘導装置。");
    in.put("ipcCodes", List.of("F41G 7/00"));
    in.put("route", route);
    return in;
  }

  private Map<String, Object> register(Map<String, Object> input) {
    GraphQLResponse response = api.graphql(examiner, REGISTER, Map.of("in", input));
    assertEquals(
        List.of(),
        response.at("registerPatentApplication.errors"),
        () -> response.body().toString());
    return response.at("registerPatentApplication.patentApplication");
  }

  private String registered() {
    // Filed a week ago: first screening (3 months, ESPA Art. 66) may still send it to review.
    return (String)
        register(application(LocalDate.now(JapanTime.ZONE).minusDays(7).toString(), "DIRECT"))
            .get("id");
  }

  private Map<String, Object> read(String token, String id) {
    return api.graphql(token, READ, Map.of("id", id)).at("patentApplication");
  }

  private long secretReads(String id, String userId) {
    return auditLog.trail(CaseId.parse(id)).stream()
        .map(AuditEvent::entry)
        .filter(e -> e.action().equals("SECRET_CONTENT_READ"))
        .filter(e -> e.actorId().toString().equals(userId))
        .count();
  }

  private String sentToReview() {
    String id = registered();
    GraphQLResponse response =
        api.graphql(
            examiner,
            DECIDE,
            Map.of(
                "id",
                id,
                "in",
                Map.of(
                    "outcome",
                    "SEND_TO_REVIEW",
                    "matchedFields",
                    List.of(3),
                    "reason",
                    "誘導武器等に関する技術に該当")));
    assertEquals("SENT_TO_REVIEW", response.at("decideScreening.patentApplication.state"));
    assertEquals(true, response.at("decideScreening.patentApplication.secretWithheld"));
    return id;
  }

  @Test
  void anApplicationFiledBeforeMay2024IsRecordedOutsideScreeningWithItsReason() {
    Map<String, Object> created = register(application("2024-04-30", "DIRECT"));

    assertEquals("OUTSIDE_SCREENING", created.get("state"));
    assertTrue(((String) created.get("outsideReason")).contains("2024-05-01"));
    assertNull(created.get("screeningDue"));
  }

  @Test
  void aPctNationalPhaseEntryIsRecordedOutsideScreening() {
    Map<String, Object> created = register(application("2025-03-03", "PCT_NATIONAL_PHASE"));

    assertEquals("OUTSIDE_SCREENING", created.get("state"));
    assertTrue(((String) created.get("outsideReason")).contains("第66条第5項"));
  }

  @Test
  void aScreenedApplicationIsDueThreeMonthsAfterFiling() {
    Map<String, Object> created = register(application("2025-06-02", "DIRECT"));

    assertEquals("UNDER_SCREENING", created.get("state"));
    assertEquals("2025-09-02", created.get("screeningDue"));
  }

  @Test
  void theApplicantAsksForSecurityReview() {
    String id = registered();

    GraphQLResponse response =
        api.graphql(
            filer,
            "mutation($id: ID!) { requestSecurityReview(id: $id, reason: \"防衛用途のため\") "
                + PAYLOAD
                + " }",
            Map.of("id", id));

    assertEquals("SENT_TO_REVIEW", response.at("requestSecurityReview.patentApplication.state"));
  }

  @Test
  void theApplicantCompanyReadsTheSecretContentAndTheReadIsAudited() {
    String id = sentToReview();

    Map<String, Object> seen = read(filer, id);

    assertEquals("極超音速飛翔体の誘導装置", seen.get("title"));
    assertEquals(false, seen.get("secretWithheld"));
    assertEquals(1, secretReads(id, filerId));
    AuditEntry last =
        auditLog.trail(CaseId.parse(id)).stream()
            .map(AuditEvent::entry)
            .toList()
            .get(auditLog.trail(CaseId.parse(id)).size() - 1);
    assertEquals(AuditOutcome.ACCEPTED, last.outcome());
  }

  @Test
  void aReadThroughTheListIsAuditedToo() {
    String id = sentToReview();
    String number = (String) read(examiner, id).get("applicationNumber");

    GraphQLResponse list =
        api.graphql(
            filer,
            "query($n: String) { patentApplications(filter: {applicationNumber: $n})"
                + " { totalCount edges { node { title secretWithheld } } } }",
            Map.of("n", number));

    assertEquals("極超音速飛翔体の誘導装置", list.at("patentApplications.edges.0.node.title"));
    assertEquals(1, secretReads(id, filerId));
  }

  @Test
  void anotherCompanyGetsNotFoundLikeAMissingApplication() {
    String id = sentToReview();

    assertNull(read(strangerFiler, id));
    assertNull(read(strangerFiler, CaseId.random().toString()));
  }

  @Test
  void aDialogueOfficerAndAnAuditorGetNoSecretContent() {
    String id = sentToReview();

    assertNull(read(officer, id));
    assertNull(read(auditor, id));
  }

  @Test
  void anAuditorGrantedAccessByASecurityReviewerReadsItAudited() {
    String id = sentToReview();
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

    Map<String, Object> seen = read(auditor, id);

    assertNotNull(seen);
    assertEquals("【請求項1】誘導装置。", seen.get("claims"));
    assertEquals(1, secretReads(id, auditorId));
  }
}
