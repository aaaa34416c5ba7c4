package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names, not ids (issue 13): a company sees the officials on its case — the case officer, the
 * meeting's attendees, who decided — by name and office, never as user ids; officials see the ids
 * too, find their own id in {@code me} and look up the colleagues they may assign work to.
 */
@MicronautTest(transactional = false)
class OfficialNamesHttpTest extends DatabaseTest {
  private static final String CASE =
      "query($id: ID!) { preReport(id: $id) { caseOfficer officer { id name office }"
          + " meetings { officials attendingOfficials { id name office } }"
          + " outcome { decidedBy decider { id name office } } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;

  private ApiClient api;
  private String filer;
  private String officer;
  private String colleague;
  private String examiner;
  private String auditor;
  private String officerId;
  private String colleagueId;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    World world = new World(organisations, users, hasher);
    filer = api.login(world.user("names-filer", world.alpha, Role.FILER), World.PASSWORD);
    officer =
        api.login(world.user("names-officer", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    colleague =
        api.login(world.user("names-colleague", world.meti, Role.DIALOGUE_OFFICER), World.PASSWORD);
    examiner =
        api.login(world.user("names-examiner", world.meti, Role.PATENT_EXAMINER), World.PASSWORD);
    auditor = api.login(world.user("names-auditor", world.meti, Role.AUDITOR), World.PASSWORD);
    officerId = api.graphql(officer, "{ me { id } }").at("me.id");
    colleagueId = api.graphql(colleague, "{ me { id } }").at("me.id");
  }

  private void ok(String token, String mutation, Map<String, Object> variables) {
    GraphQLResponse response = api.graphql(token, mutation, variables);
    String field = mutation.substring(mutation.indexOf('{') + 1).trim();
    field = field.substring(0, field.indexOf('('));
    assertEquals(List.of(), response.at(field + ".errors"), response::toString);
  }

  /** A case reviewed by the officer, assigned to it, with a meeting both attend, then closed. */
  private String closedCase() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", CaseFixture.form("names")))
            .at("createPreReportDraft.preReport.id");
    ok(
        filer,
        "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
        Map.of("id", id));
    ok(
        officer,
        "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
        Map.of("id", id));
    ok(
        officer,
        "mutation($id: ID!, $o: ID!) { assignCaseOfficer(caseId: $id, officerId: $o) { errors {"
            + " code } } }",
        Map.of("id", id, "o", colleagueId));
    ok(
        officer,
        "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in) {"
            + " errors { code field } } }",
        Map.of(
            "id",
            id,
            "in",
            Map.of(
                "startsAt", Instant.now().plus(3, ChronoUnit.DAYS).toString(),
                "place", "経済産業省 会議室",
                "officials", List.of(officerId, colleagueId))));
    ok(
        officer,
        "mutation($id: ID!) { closeNoConcern(caseId: $id, summary: \"懸念なし\") { errors { code } }"
            + " }",
        Map.of("id", id));
    return id;
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCompanySeesTheOfficialsOnItsCaseByNameAndOfficeNeverAsUserIds() {
    String id = closedCase();

    Map<String, Object> seen = api.graphql(filer, CASE, Map.of("id", id)).at("preReport");

    assertNull(seen.get("caseOfficer"));
    assertEquals(
        Map.of("name", "names-colleague さん", "office", "経済産業省"),
        withoutNullId((Map<String, Object>) seen.get("officer")));
    Map<String, Object> meeting = ((List<Map<String, Object>>) seen.get("meetings")).get(0);
    assertEquals(List.of(), meeting.get("officials"));
    assertEquals(
        List.of(
            Map.of("name", "names-officer さん", "office", "経済産業省"),
            Map.of("name", "names-colleague さん", "office", "経済産業省")),
        ((List<Map<String, Object>>) meeting.get("attendingOfficials"))
            .stream().map(OfficialNamesHttpTest::withoutNullId).toList());
    Map<String, Object> outcome = (Map<String, Object>) seen.get("outcome");
    assertNull(outcome.get("decidedBy"));
    assertEquals(
        Map.of("name", "names-officer さん", "office", "経済産業省"),
        withoutNullId((Map<String, Object>) outcome.get("decider")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void officialsSeeTheSamePeopleWithTheirIds() {
    String id = closedCase();

    Map<String, Object> seen = api.graphql(officer, CASE, Map.of("id", id)).at("preReport");

    assertEquals(colleagueId, seen.get("caseOfficer"));
    assertEquals(colleagueId, ((Map<String, Object>) seen.get("officer")).get("id"));
    Map<String, Object> meeting = ((List<Map<String, Object>>) seen.get("meetings")).get(0);
    assertEquals(List.of(officerId, colleagueId), meeting.get("officials"));
    assertEquals(officerId, ((Map<String, Object>) seen.get("outcome")).get("decidedBy"));
    assertEquals(
        officerId,
        ((Map<String, Object>) ((Map<String, Object>) seen.get("outcome")).get("decider"))
            .get("id"));
  }

  @Test
  void anOfficialLooksUpTheColleaguesItMayAssignAndNobodyElseDoes() {
    List<Map<String, Object>> found =
        api.graphql(officer, "{ colleagues(role: DIALOGUE_OFFICER) { id name office roles } }")
            .at("colleagues");

    assertEquals(
        List.of(
            Map.of(
                "id",
                colleagueId,
                "name",
                "names-colleague さん",
                "office",
                "経済産業省",
                "roles",
                List.of("DIALOGUE_OFFICER")),
            Map.of(
                "id",
                officerId,
                "name",
                "names-officer さん",
                "office",
                "経済産業省",
                "roles",
                List.of("DIALOGUE_OFFICER"))),
        found);
    List<Map<String, Object>> examiners =
        api.graphql(examiner, "{ colleagues { name roles } }").at("colleagues");
    assertEquals(
        List.of(Map.of("name", "names-examiner さん", "roles", List.of("PATENT_EXAMINER"))),
        examiners);
    for (String outsider : List.of(filer, auditor)) {
      GraphQLResponse refused = api.graphql(outsider, "{ colleagues { id } }");
      assertEquals(
          "FORBIDDEN",
          ((Map<?, ?>) refused.errors().get(0).get("extensions")).get("code"),
          refused::toString);
    }
  }

  private static Map<String, Object> withoutNullId(Map<String, Object> person) {
    assertNull(person.get("id"), () -> "a company is shown no user id: " + person);
    return Map.of("name", person.get("name"), "office", person.get("office"));
  }
}
