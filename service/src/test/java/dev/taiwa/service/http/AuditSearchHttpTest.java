package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEntry;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.JapanTime;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Searching the audit log over real HTTP: an auditor filters by case, action, outcome, period and
 * actor; a dialogue officer sees only the events of filed cases; every other role is FORBIDDEN.
 * Verifying the chain is for auditors alone.
 */
@MicronautTest(transactional = false)
class AuditSearchHttpTest extends DatabaseTest {
  private static final String SEARCH =
      "query($f: AuditFilter, $first: Int, $after: String) {"
          + " auditEvents(filter: $f, first: $first, after: $after) { totalCount"
          + " pageInfo { hasNextPage endCursor }"
          + " edges { cursor node { id sequence action outcome actorId actorName caseId } } } }";
  private static final String VERIFY =
      "{ verifyAuditChain { eventsChecked intact firstBroken { sequence eventId problem } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;
  private String filerToken;
  private String officerToken;
  private String auditorToken;
  private String caseId;

  @BeforeAll
  void aDraftARefusalAndASystemEvent() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    filerToken = api.login(world.user("alpha-filer", world.alpha, Role.FILER), World.PASSWORD);
    officerToken =
        api.login(world.user("meti-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    auditorToken = api.login(world.user("kansa", world.meti, Role.AUDITOR), World.PASSWORD);

    Map<String, Object> form = new HashMap<>();
    form.put("technologyNumbers", List.of(24));
    GraphQLResponse created =
        api.graphql(
            filerToken,
            "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
                + " preReport { id } errors { code } } }",
            Map.of("in", form));
    assertEquals(List.of(), created.at("createPreReportDraft.errors"));
    caseId = created.at("createPreReportDraft.preReport.id");
    GraphQLResponse refused =
        api.graphql(
            filerToken,
            "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
            Map.of("id", caseId));
    assertEquals(
        "INVALID_STATE",
        ((Map<?, ?>) refused.<List<?>>at("startPreReportReview.errors").get(0)).get("code"));
    auditLog.append(
        new AuditEntry(
            Instant.now(),
            null,
            null,
            null,
            null,
            "SYSTEM_CHECK",
            AuditOutcome.ACCEPTED,
            "no case"));
  }

  private GraphQLResponse search(String token, Map<String, Object> filter) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("f", filter);
    return api.graphql(token, SEARCH, variables);
  }

  private List<String> actions(GraphQLResponse response) {
    assertEquals(List.of(), response.errors());
    List<Map<String, Object>> edges = response.at("auditEvents.edges");
    return edges.stream().map(e -> (String) ((Map<?, ?>) e.get("node")).get("action")).toList();
  }

  @Test
  void anAuditorFindsTheCasesEventsNewestFirst() {
    GraphQLResponse found = search(auditorToken, Map.of("caseId", caseId));

    assertEquals(List.of("PRE_REPORT_REVIEW_STARTED", "PRE_REPORT_DRAFT_CREATED"), actions(found));
    assertEquals(2, ((Number) found.at("auditEvents.totalCount")).intValue());
    assertEquals(caseId, found.at("auditEvents.edges.0.node.caseId"));
  }

  @Test
  void anAuditorFiltersByActionAndByOutcome() {
    assertEquals(
        List.of("SYSTEM_CHECK", "PRE_REPORT_DRAFT_CREATED"),
        actions(
            search(
                auditorToken,
                Map.of("action", "SYSTEM_CHECK", "actions", List.of("PRE_REPORT_DRAFT_CREATED")))));
    assertEquals(
        List.of("PRE_REPORT_REVIEW_STARTED"),
        actions(search(auditorToken, Map.of("caseId", caseId, "outcome", "REJECTED"))));
  }

  @Test
  void anAuditorFiltersByActor() {
    String actorId =
        search(auditorToken, Map.of("caseId", caseId)).at("auditEvents.edges.0.node.actorId");

    assertEquals(
        List.of("PRE_REPORT_REVIEW_STARTED", "PRE_REPORT_DRAFT_CREATED", "LOGIN_SUCCEEDED"),
        actions(search(auditorToken, Map.of("actorId", actorId))),
        "the actor's own events: its case changes, its refused attempt and its login");
    assertEquals(
        List.of("PRE_REPORT_REVIEW_STARTED", "PRE_REPORT_DRAFT_CREATED", "LOGIN_SUCCEEDED"),
        actions(search(auditorToken, Map.of("actorName", "alpha-filer"))));
    assertEquals(List.of(), actions(search(auditorToken, Map.of("actorName", "nobody"))));
  }

  @Test
  void anAuditorFiltersByPeriodInJapaneseDatesOrInstants() {
    LocalDate today = JapanTime.dateOf(Instant.now());
    Map<String, Object> todayOnly =
        Map.of("caseId", caseId, "fromDate", today.toString(), "toDate", today.toString());
    Map<String, Object> untilYesterday =
        Map.of("caseId", caseId, "toDate", today.minusDays(1).toString());
    Map<String, Object> fromAnHourAgo =
        Map.of("caseId", caseId, "occurredFrom", Instant.now().minusSeconds(3600).toString());
    Map<String, Object> fromTomorrow =
        Map.of("caseId", caseId, "occurredFrom", Instant.now().plusSeconds(86_400).toString());

    assertEquals(2, actions(search(auditorToken, todayOnly)).size());
    assertEquals(List.of(), actions(search(auditorToken, untilYesterday)));
    assertEquals(2, actions(search(auditorToken, fromAnHourAgo)).size());
    assertEquals(List.of(), actions(search(auditorToken, fromTomorrow)));
  }

  @Test
  void pagesFollowOnFromTheEndCursor() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("f", Map.of("caseId", caseId));
    variables.put("first", 1);
    GraphQLResponse first = api.graphql(auditorToken, SEARCH, variables);
    variables.put("after", first.at("auditEvents.pageInfo.endCursor"));
    GraphQLResponse second = api.graphql(auditorToken, SEARCH, variables);

    assertEquals(List.of("PRE_REPORT_REVIEW_STARTED"), actions(first));
    assertEquals(true, first.at("auditEvents.pageInfo.hasNextPage"));
    assertEquals(List.of("PRE_REPORT_DRAFT_CREATED"), actions(second));
    assertEquals(false, second.at("auditEvents.pageInfo.hasNextPage"));
  }

  @Test
  void anOfficerSeesNeitherTheEventsOfADraftNorEventsAboutNoCase() {
    assertEquals(List.of(), actions(search(officerToken, Map.of("caseId", caseId))));
    assertEquals(2, actions(search(auditorToken, Map.of("caseId", caseId))).size());
    assertEquals(List.of(), actions(search(officerToken, Map.of("action", "SYSTEM_CHECK"))));
    assertEquals(
        List.of("SYSTEM_CHECK"), actions(search(auditorToken, Map.of("action", "SYSTEM_CHECK"))));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"FILER", "PATENT_EXAMINER", "SECURITY_REVIEWER", "ADMIN"})
  void otherRolesAreForbiddenToSearchAndTheAttemptIsAudited(Role role) {
    String username = "searcher-" + role.name().toLowerCase();
    String token = api.login(world.user(username, world.beta, role), World.PASSWORD);

    GraphQLResponse refused = search(token, Map.of());

    assertEquals("FORBIDDEN", code(refused));
    assertNull(refused.body().get("data"));
    GraphQLResponse audited =
        search(auditorToken, Map.of("actorName", username, "action", "AUDIT_LOG_SEARCHED"));
    assertEquals(List.of("AUDIT_LOG_SEARCHED"), actions(audited));
    assertEquals("REJECTED", audited.at("auditEvents.edges.0.node.outcome"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"AUDITOR"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyAnAuditorMayVerifyTheChain(Role role) {
    String token =
        api.login(
            world.user("verifier-" + role.name().toLowerCase(), world.meti, role), World.PASSWORD);

    assertEquals("FORBIDDEN", code(api.graphql(token, VERIFY)));
  }

  @Test
  void anAuditorVerifiesTheChainAndTheRunIsAudited() {
    GraphQLResponse report = api.graphql(auditorToken, VERIFY);

    assertEquals(List.of(), report.errors());
    assertEquals(true, report.at("verifyAuditChain.intact"));
    assertNull(report.at("verifyAuditChain.firstBroken"));
    assertTrue(((Number) report.at("verifyAuditChain.eventsChecked")).intValue() >= 3);
    GraphQLResponse audited =
        search(auditorToken, Map.of("action", "AUDIT_CHAIN_VERIFIED", "actorName", "kansa"));
    assertTrue(actions(audited).size() >= 1, "the verification run appears in the log it verified");
  }

  private static String code(GraphQLResponse response) {
    assertEquals(1, response.errors().size(), response.body().toString());
    return (String) ((Map<?, ?>) response.errors().get(0).get("extensions")).get("code");
  }
}
