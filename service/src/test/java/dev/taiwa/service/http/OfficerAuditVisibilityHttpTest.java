package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dialogue officer reads the audit of a case from the moment the company files it. */
@MicronautTest(transactional = false)
class OfficerAuditVisibilityHttpTest extends DatabaseTest {
  private static final String CASE_EVENTS =
      "query($id: ID!) { auditEvents(filter: {caseId: $id}) { edges { node { action } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  @Test
  void theOfficerSeesACasesWholeAuditOnceItIsFiledAndNothingBefore() {
    ApiClient api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    String filer = api.login(world.user("filer", world.alpha, Role.FILER), World.PASSWORD);
    String officer =
        api.login(world.user("officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
                    + " preReport { id } } }",
                Map.of("in", CaseFixture.form("visibility")))
            .at("createPreReportDraft.preReport.id");

    assertEquals(List.of(), actions(api.graphql(officer, CASE_EVENTS, Map.of("id", id))));
    assertEquals(
        "NOT_FOUND",
        ((Map<?, ?>)
                api.graphql(
                        officer,
                        "query($id: ID!) { auditTrail(caseId: $id) { action } }",
                        Map.of("id", id))
                    .errors()
                    .get(0)
                    .get("extensions"))
            .get("code"));

    api.graphql(
        filer,
        "mutation($id: ID!) { submitPreReport(id: $id) { preReport { state } } }",
        Map.of("id", id));

    assertEquals(
        List.of("PRE_REPORT_SUBMITTED", "AUDIT_TRAIL_READ", "PRE_REPORT_DRAFT_CREATED"),
        actions(api.graphql(officer, CASE_EVENTS, Map.of("id", id))),
        "the whole case, including the officer's own refused read while it was a draft");
  }

  private static List<Object> actions(ApiClient.GraphQLResponse response) {
    List<Map<String, Map<String, Object>>> edges = response.at("auditEvents.edges");
    return edges.stream().map(e -> e.get("node").get("action")).toList();
  }
}
