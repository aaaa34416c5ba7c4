package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.audit.AuditEvent;
import dev.taiwa.cases.audit.AuditLog;
import dev.taiwa.cases.audit.AuditOutcome;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator revises the IPC mapping of the specified fields over real HTTP; the screening
 * workbench suggests by the revision in force on the filing date.
 */
@MicronautTest(transactional = false)
class SpecifiedFieldRevisionHttpTest extends DatabaseTest {
  private static final String RECORD =
      "mutation($in: SpecifiedFieldRevisionInput!) { recordSpecifiedFieldRevision(input: $in) {"
          + " revision { id effectiveFrom source mappings { fieldNumber ipcGroups source } }"
          + " errors { code field message } } }";
  private static final String REGISTER =
      "mutation($in: PatentApplicationInput!) { registerPatentApplication(input: $in) {"
          + " patentApplication { id } errors { code field message } } }";
  private static final String WORKBENCH =
      "query($id: ID!) { screeningWorkbench(id: $id) { revisionId mappingAvailable"
          + " candidates { field { number } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog auditLog;

  private ApiClient api;
  private World world;
  private String admin;
  private String examiner;
  private int serial = 300000;

  @BeforeAll
  void logIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    admin = api.login(world.user("ipc-admin", world.meti, Role.ADMIN), World.PASSWORD);
    examiner =
        api.login(world.user("ipc-examiner", world.meti, Role.PATENT_EXAMINER), World.PASSWORD);
  }

  private static Map<String, Object> revision(
      String effectiveFrom, String source, List<Map<String, Object>> mappings) {
    return Map.of("effectiveFrom", effectiveFrom, "source", source, "mappings", mappings);
  }

  private static Map<String, Object> mapping(int field, List<String> groups, String source) {
    return Map.of("fieldNumber", field, "ipcGroups", groups, "source", source);
  }

  private String registered(String filed) {
    Map<String, Object> in = new HashMap<>();
    in.put("applicationNumber", "2025-" + serial++);
    in.put("filingDate", filed);
    in.put("applicantIds", List.of(world.alpha.id().toString()));
    in.put("inventionCompletedInJapan", true);
    in.put("title", "航空機の偽装装置");
    in.put("abstract", "機体を隠す。");
    in.put("claims", "【請求項1】偽装装置。");
    in.put("ipcCodes", List.of("F41H 3/00"));
    in.put("route", "DIRECT");
    GraphQLResponse response = api.graphql(examiner, REGISTER, Map.of("in", in));
    assertEquals(
        List.of(),
        response.at("registerPatentApplication.errors"),
        () -> response.body().toString());
    return response.at("registerPatentApplication.patentApplication.id");
  }

  private static List<Object> candidates(GraphQLResponse response) {
    List<Map<String, Map<String, Object>>> candidates =
        response.at("screeningWorkbench.candidates");
    return candidates.stream().map(c -> c.get("field").get("number")).toList();
  }

  @Test
  void theWorkbenchSuggestsByTheRevisionInForceOnTheFilingDate() {
    GraphQLResponse recorded =
        api.graphql(
            admin,
            RECORD,
            Map.of(
                "in",
                revision(
                    "2025-06-01",
                    "Test revision notice",
                    List.of(mapping(1, List.of("f41h3"), "Test list of IPC groups, field 1")))));
    assertEquals(
        List.of(),
        recorded.at("recordSpecifiedFieldRevision.errors"),
        () -> recorded.body().toString());
    assertEquals(
        List.of("F41H 3"),
        recorded.at("recordSpecifiedFieldRevision.revision.mappings.0.ipcGroups"));
    String revisionId = recorded.at("recordSpecifiedFieldRevision.revision.id");
    List<AuditEvent> events = new ArrayList<>();
    auditLog.forEach(events::add);
    assertTrue(
        events.stream()
            .map(AuditEvent::entry)
            .anyMatch(
                e ->
                    e.action().equals("SPECIFIED_FIELD_REVISION_RECORDED")
                        && e.outcome() == AuditOutcome.ACCEPTED
                        && e.caseId() == null));

    String after = registered("2025-06-02");
    String before = registered("2025-05-31");
    assertEquals(List.of(1), candidates(api.graphql(examiner, WORKBENCH, Map.of("id", after))));
    assertEquals(
        revisionId,
        api.graphql(examiner, WORKBENCH, Map.of("id", after)).at("screeningWorkbench.revisionId"));
    assertEquals(List.of(), candidates(api.graphql(examiner, WORKBENCH, Map.of("id", before))));
    assertEquals(
        List.of(revisionId),
        api
            .graphql(admin, "{ specifiedFieldRevisions { id } }")
            .<List<Map<String, Object>>>at("specifiedFieldRevisions")
            .stream()
            .map(r -> r.get("id"))
            .toList());
  }

  @Test
  void aNonAdministratorIsForbidden() {
    GraphQLResponse response =
        api.graphql(
            examiner,
            RECORD,
            Map.of(
                "in",
                revision(
                    "2030-01-01",
                    "Test revision notice",
                    List.of(mapping(2, List.of("F41H"), "Test list of IPC groups")))));
    assertEquals(
        List.of("FORBIDDEN"),
        response.<List<Map<String, Object>>>at("recordSpecifiedFieldRevision.errors").stream()
            .map(e -> e.get("code"))
            .toList());
  }

  @Test
  void aBadRevisionListsEveryProblem() {
    GraphQLResponse response =
        api.graphql(
            admin,
            RECORD,
            Map.of(
                "in",
                revision(
                    "2024-01-01",
                    "x",
                    List.of(mapping(26, List.of("F41H 3/00", "nonsense"), "  ")))));
    assertEquals(
        List.of(
            "effectiveFrom:INVALID_VALUE",
            "source:INVALID_VALUE",
            "mappings[0].fieldNumber:INVALID_VALUE",
            "mappings[0].ipcGroups[1]:INVALID_VALUE",
            "mappings[0].source:REQUIRED"),
        response.<List<Map<String, Object>>>at("recordSpecifiedFieldRevision.errors").stream()
            .map(e -> e.get("field") + ":" + e.get("code"))
            .toList());
  }
}
