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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prior-confirmation requests (事前確認) over real HTTP: a company asks, the examiner consults the
 * Cabinet Office, a reviewer records its answer, the examiner answers that the ban applies. The
 * summary is need-to-know and every read of it is audited; the consultation stays internal.
 */
@MicronautTest(transactional = false)
class PriorConfirmationHttpTest extends DatabaseTest {
  private static final String PAYLOAD =
      "{ priorConfirmation { id state title summary answer availableActions }"
          + " errors { code field message } }";
  private static final String REQUEST =
      "mutation($in: PriorConfirmationInput!) { requestPriorConfirmation(input: $in) "
          + PAYLOAD
          + " }";
  private static final String READ =
      "query($id: ID!) { priorConfirmation(id: $id) { id state title summary claimedFields"
          + " inventionCompletedInJapan intendedForeignFiling answer answerReason answeredAt"
          + " organisation { name } consultation { note answer sentById answeredById } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private String filer;
  private String strangerFiler;
  private String examiner;
  private String reviewer;
  private String officer;
  private String auditor;
  private String auditorId;
  private String filerId;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = login(world.user("pc-filer", world.alpha, Role.FILER));
    strangerFiler = login(world.user("pc-stranger", world.beta, Role.FILER));
    examiner = login(world.user("pc-examiner", world.meti, Role.PATENT_EXAMINER));
    reviewer = login(world.user("pc-reviewer", world.meti, Role.SECURITY_REVIEWER));
    officer = login(world.user("pc-officer", world.meti, Role.DIALOGUE_OFFICER));
    auditor = login(world.user("pc-auditor", world.meti, Role.AUDITOR));
    auditorId = users.findByUsername("pc-auditor").orElseThrow().id().toString();
    filerId = users.findByUsername("pc-filer").orElseThrow().id().toString();
  }

  private String login(String username) {
    return api.login(username, World.PASSWORD);
  }

  private static Map<String, Object> input() {
    return Map.of(
        "title", "極超音速飛翔体の誘導装置",
        "summary", "飛翔体の軌道を制御する誘導装置 (秘密)",
        "claimedFields", List.of(3),
        "inventionCompletedInJapan", true,
        "intendedForeignFiling", "PCT (受理官庁: 米国特許商標庁), 2026年9月");
  }

  private Map<String, Object> mutate(String token, String mutation, String args, String id) {
    GraphQLResponse response =
        api.graphql(
            token,
            "mutation($id: ID!) { " + mutation + "(id: $id" + args + ") " + PAYLOAD + " }",
            Map.of("id", id));
    return response.at(mutation);
  }

  private String requested() {
    GraphQLResponse response = api.graphql(filer, REQUEST, Map.of("in", input()));
    assertEquals(
        List.of(),
        response.at("requestPriorConfirmation.errors"),
        () -> response.body().toString());
    return response.at("requestPriorConfirmation.priorConfirmation.id");
  }

  private Map<String, Object> read(String token, String id) {
    return api.graphql(token, READ, Map.of("id", id)).at("priorConfirmation");
  }

  private List<AuditEntry> trail(String id) {
    return auditLog.trail(CaseId.parse(id)).stream().map(AuditEvent::entry).toList();
  }

  private long secretReads(String id, String userId) {
    return trail(id).stream()
        .filter(e -> e.action().equals("SECRET_CONTENT_READ"))
        .filter(e -> e.actorId().toString().equals(userId))
        .count();
  }

  @Test
  void aRequestIsConsultedOnAndAnsweredThatTheBanApplies() {
    GraphQLResponse asked = api.graphql(filer, REQUEST, Map.of("in", input()));
    Map<String, Object> payload = asked.at("requestPriorConfirmation.priorConfirmation");
    assertEquals("REQUESTED", payload.get("state"));
    assertNull(payload.get("summary"), "a payload never carries the secret content");
    String id = (String) payload.get("id");

    Map<String, Object> early =
        mutate(examiner, "answerPriorConfirmation", ", answer: BAN_APPLIES, reason: \"該当\"", id);
    assertEquals(
        "INVALID_STATE", ((List<Map<String, Object>>) early.get("errors")).get(0).get("code"));

    Map<String, Object> sent =
        mutate(examiner, "sendPriorConfirmationForConsultation", ", note: \"分野(3)\"", id);
    assertEquals(List.of(), sent.get("errors"));
    Map<String, Object> recorded =
        mutate(reviewer, "recordPriorConfirmationConsultation", ", answer: \"保全の必要あり\"", id);
    assertEquals(List.of(), recorded.get("errors"));
    Map<String, Object> answered =
        mutate(
            examiner,
            "answerPriorConfirmation",
            ", answer: BAN_APPLIES, reason: \"特定技術分野(3)に該当\"",
            id);
    assertEquals("ANSWERED", ((Map<?, ?>) answered.get("priorConfirmation")).get("state"));

    Map<String, Object> seenByCompany = read(filer, id);
    assertEquals("BAN_APPLIES", seenByCompany.get("answer"));
    assertEquals("特定技術分野(3)に該当", seenByCompany.get("answerReason"));
    assertEquals("飛翔体の軌道を制御する誘導装置 (秘密)", seenByCompany.get("summary"));
    assertNull(seenByCompany.get("consultation"), "the consultation is internal");
    Map<?, ?> consultation = (Map<?, ?>) read(examiner, id).get("consultation");
    assertEquals("保全の必要あり", consultation.get("answer"));

    List<String> actions =
        trail(id).stream()
            .filter(e -> e.outcome() == AuditOutcome.ACCEPTED)
            .map(AuditEntry::action)
            .filter(a -> a.startsWith("PRIOR_CONFIRMATION"))
            .toList();
    assertEquals(
        List.of(
            "PRIOR_CONFIRMATION_REQUESTED",
            "PRIOR_CONFIRMATION_SENT_FOR_CONSULTATION",
            "PRIOR_CONFIRMATION_CONSULTATION_RECORDED",
            "PRIOR_CONFIRMATION_ANSWERED"),
        actions);
    assertTrue(
        trail(id).stream()
            .anyMatch(
                e ->
                    e.outcome() == AuditOutcome.REJECTED
                        && e.action().equals("PRIOR_CONFIRMATION_ANSWERED")));
    assertEquals(1, secretReads(id, filerId));
  }

  @Test
  void anotherCompanyADialogueOfficerAndAnAuditorSeeNothingUntilAGrant() {
    String id = requested();

    for (String token : List.of(strangerFiler, officer, auditor)) {
      assertNull(read(token, id));
      List<?> edges =
          api.graphql(token, "{ priorConfirmations { edges { node { id } } } }")
              .at("priorConfirmations.edges");
      assertTrue(
          edges.stream()
              .noneMatch(e -> id.equals(((Map<?, ?>) ((Map<?, ?>) e).get("node")).get("id"))));
    }
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
                    "Oversight of the consultation",
                    "expiresAt",
                    Instant.now().plus(Duration.ofDays(3)).toString())));
    assertEquals(List.of(), granted.at("grantAccess.errors"), () -> granted.body().toString());

    Map<String, Object> seen = read(auditor, id);
    assertNotNull(seen);
    assertEquals("極超音速飛翔体の誘導装置", seen.get("title"));
    assertNull(seen.get("consultation"));
    assertEquals(1, secretReads(id, auditorId));
  }

  @Test
  void anIncompleteRequestIsRefusedWithTypedErrors() {
    GraphQLResponse response =
        api.graphql(
            filer,
            REQUEST,
            Map.of(
                "in",
                Map.of(
                    "title", " ",
                    "summary", "概要",
                    "claimedFields", List.of(99),
                    "inventionCompletedInJapan", true,
                    "intendedForeignFiling", "PCT")));
    List<Map<String, Object>> errors = response.at("requestPriorConfirmation.errors");
    assertEquals(
        List.of("REQUIRED title", "INVALID_VALUE claimedFields"),
        errors.stream().map(e -> e.get("code") + " " + e.get("field")).toList());
  }
}
