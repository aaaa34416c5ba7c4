package dev.taiwa.service.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taiwa.cases.dialogue.application.DialogueQueries;
import dev.taiwa.cases.dialogue.model.Concern;
import dev.taiwa.cases.identity.Organisations;
import dev.taiwa.cases.identity.UserAccounts;
import dev.taiwa.cases.kernel.Actor;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.Role;
import dev.taiwa.service.access.CaseFixture;
import dev.taiwa.service.http.ApiClient.GraphQLResponse;
import dev.taiwa.service.security.PasswordHasher;
import dev.taiwa.service.testsupport.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's dialogue walk-through over real HTTP: a submitted report goes into review, two meetings
 * are held (the first moves the case into dialogue), three concerns are raised, the company answers
 * two, two are resolved and the third stays unresolved. Wrong roles and states get typed errors and
 * change nothing; the company never receives internal text; the other company sees nothing.
 */
@MicronautTest(transactional = false)
class DialogueHttpTest extends DatabaseTest {
  private static final String INTERNAL_AGENDA = "内部議題: 相手方の調達網";
  private static final String INTERNAL_MINUTE = "内部議事: 懸念は払拭されず";
  private static final String INTERNAL_FOLLOW_UP = "内部対応: 関係省庁へ照会";
  private static final String CONCERN_INFORMATION = "懸念情報: 相手方は軍関連企業と取引";
  private static final String MEETING = "meeting { id state startsAtTokyo } errors { code field }";
  private static final String CONCERN = "concern { id state } errors { code field }";
  private static final String DIALOGUE =
      "query($id: ID!) { preReport(id: $id) { state meetings { state place startsAtTokyo"
          + " participants { name role } agenda { text visibility } minutes { text }"
          + " followUps { owner description dueDate } } concerns { state category severity"
          + " description concernInformation answers { text dueDate } resolutionReason } } }";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Organisations organisations;
  @Inject UserAccounts users;
  @Inject PasswordHasher hasher;
  @Inject DialogueQueries dialogueQueries;

  private ApiClient api;
  private World world;
  private String filer;
  private String stranger;
  private String officer;
  private Actor officerActor;

  @BeforeAll
  void logEveryoneIn() {
    api = new ApiClient(http);
    world = new World(organisations, users, hasher);
    filer = api.login(world.user("d-alpha-filer", world.alpha, Role.FILER), World.PASSWORD);
    stranger = api.login(world.user("d-beta-filer", world.beta, Role.FILER), World.PASSWORD);
    String officerName = world.user("d-officer", world.meti, Role.DIALOGUE_OFFICER);
    officer = api.login(officerName, World.PASSWORD);
    var account = users.findByUsername(officerName).orElseThrow();
    officerActor = new Actor(account.id(), officerName, account.organisationId(), account.roles());
  }

  @Test
  void aReportGoesThroughTwoMeetingsAndThreeConcernsAndOneStaysUnresolved() {
    String caseId = submittedReport();

    // Before review there is no dialogue: typed INVALID_STATE, nothing stored.
    assertEquals("INVALID_STATE", firstError(schedule(officer, caseId), "scheduleMeeting"));
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
            Map.of("id", caseId)),
        "startPreReportReview");

    // Any dialogue officer assigns the case, to a dialogue officer only.
    String officerId = officerActor.userId().toString();
    String filerId = users.findByUsername("d-alpha-filer").orElseThrow().id().toString();
    assertEquals(
        "INVALID_VALUE", firstError(assign(officer, caseId, filerId), "assignCaseOfficer"));
    assertEquals("FORBIDDEN", firstError(assign(filer, caseId, officerId), "assignCaseOfficer"));
    ok(assign(officer, caseId, officerId), "assignCaseOfficer");
    // The company sees its case officer by name and office, never as a user id (issue 13).
    GraphQLResponse seen =
        api.graphql(
            filer,
            "query($id: ID!) { preReport(id: $id) { caseOfficer officer { id name office } } }",
            Map.of("id", caseId));
    assertEquals(null, seen.<String>at("preReport.caseOfficer"));
    assertEquals(null, seen.<String>at("preReport.officer.id"));
    assertEquals("経済産業省", seen.at("preReport.officer.office"));
    assertEquals(
        officerId,
        api.graphql(
                officer,
                "query($id: ID!) { preReport(id: $id) { caseOfficer } }",
                Map.of("id", caseId))
            .at("preReport.caseOfficer"));

    // A filer may not schedule; the other company does not see the case.
    assertEquals("FORBIDDEN", firstError(schedule(filer, caseId), "scheduleMeeting"));
    assertEquals("NOT_FOUND", firstError(schedule(stranger, caseId), "scheduleMeeting"));

    String first = ok(schedule(officer, caseId), "scheduleMeeting").get("id").toString();
    String second = ok(schedule(officer, caseId), "scheduleMeeting").get("id").toString();
    assertEquals("UNDER_REVIEW", caseState(officer, caseId));
    assertEquals("FORBIDDEN", firstError(recordHeld(filer, first), "recordMeetingHeld"));
    ok(recordHeld(officer, first), "recordMeetingHeld");
    assertEquals("IN_DIALOGUE", caseState(officer, caseId));
    ok(recordHeld(officer, second), "recordMeetingHeld");
    assertEquals("IN_DIALOGUE", caseState(officer, caseId));
    assertEquals("INVALID_STATE", firstError(recordHeld(officer, first), "recordMeetingHeld"));

    List<String> concerns = new ArrayList<>();
    for (String category : List.of("COUNTERPARTY", "END_USE", "TECHNOLOGY_RETENTION")) {
      concerns.add(ok(raise(officer, caseId, category), "raiseConcern").get("id").toString());
    }
    assertEquals("FORBIDDEN", firstError(raise(filer, caseId, "OTHER"), "raiseConcern"));
    assertEquals("FORBIDDEN", firstError(answer(officer, concerns.get(0)), "answerConcern"));
    assertEquals("NOT_FOUND", firstError(answer(stranger, concerns.get(0)), "answerConcern"));
    ok(answer(filer, concerns.get(0)), "answerConcern");
    ok(answer(filer, concerns.get(1)), "answerConcern");
    assertEquals(
        "FORBIDDEN", firstError(judge(filer, "resolveConcern", concerns.get(0)), "resolveConcern"));
    ok(judge(officer, "resolveConcern", concerns.get(0)), "resolveConcern");
    ok(judge(officer, "resolveConcern", concerns.get(1)), "resolveConcern");
    assertEquals(
        "UNRESOLVED",
        ok(judge(officer, "markConcernUnresolved", concerns.get(2)), "markConcernUnresolved")
            .get("state"));

    List<Concern> unresolved =
        dialogueQueries.unresolvedConcerns(officerActor, CaseId.parse(caseId));
    assertEquals(
        List.of(concerns.get(2)), unresolved.stream().map(c -> c.id().toString()).toList());

    // Officials read everything.
    String officialView = api.rawGraphql(officer, DIALOGUE, Map.of("id", caseId));
    for (String internal :
        List.of(INTERNAL_AGENDA, INTERNAL_MINUTE, INTERNAL_FOLLOW_UP, CONCERN_INFORMATION)) {
      assertTrue(officialView.contains(internal), internal);
    }

    // The company reads its meetings and concerns, never the internal text.
    String companyView = api.rawGraphql(filer, DIALOGUE, Map.of("id", caseId));
    for (String internal :
        List.of(INTERNAL_AGENDA, INTERNAL_MINUTE, INTERNAL_FOLLOW_UP, CONCERN_INFORMATION)) {
      assertFalse(companyView.contains(internal), internal);
    }
    GraphQLResponse company = api.graphql(filer, DIALOGUE, Map.of("id", caseId));
    List<Map<String, Object>> meetings = company.at("preReport.meetings");
    assertEquals(2, meetings.size());
    assertEquals(1, ((List<?>) meetings.get(0).get("agenda")).size());
    assertEquals(1, ((List<?>) meetings.get(0).get("followUps")).size());
    assertEquals(2, ((List<?>) meetings.get(0).get("participants")).size());
    List<Map<String, Object>> ledger = company.at("preReport.concerns");
    assertEquals(3, ledger.size());
    assertNull(ledger.get(0).get("concernInformation"));
    assertEquals(1, ((List<?>) ledger.get(0).get("answers")).size());
    assertEquals(
        List.of("RESOLVED", "RESOLVED", "UNRESOLVED"),
        ledger.stream().map(c -> c.get("state")).toList());

    // The company's answer payload carries no concern information either.
    String answerPayload =
        api.rawGraphql(
            filer,
            "mutation($id: ID!, $d: Date!) { answerConcern(id: $id, input: {text: \"追加の対策\","
                + " dueDate: $d}) { concern { concernInformation description } errors { code } } }",
            Map.of("id", concerns.get(2), "d", due()));
    assertFalse(answerPayload.contains(CONCERN_INFORMATION));

    // The other company sees nothing.
    GraphQLResponse strangers = api.graphql(stranger, DIALOGUE, Map.of("id", caseId));
    assertNull(strangers.at("preReport"));
    assertFalse(api.rawGraphql(stranger, DIALOGUE, Map.of("id", caseId)).contains("内部"));
  }

  @Test
  void aMeetingNeedsAPlaceOrAnOnlineLinkAndARescheduleKeepsItScheduled() {
    String caseId = submittedReport();
    ok(
        api.graphql(
            officer,
            "mutation($id: ID!) { startPreReportReview(id: $id) { errors { code } } }",
            Map.of("id", caseId)),
        "startPreReportReview");
    GraphQLResponse nowhere =
        api.graphql(
            officer,
            "mutation($id: ID!) { scheduleMeeting(caseId: $id, input: {startsAt:"
                + " \"2027-01-05T05:00:00Z\"}) { "
                + MEETING
                + " } }",
            Map.of("id", caseId));
    assertEquals("REQUIRED", firstError(nowhere, "scheduleMeeting"));

    Map<String, Object> meeting = ok(schedule(officer, caseId), "scheduleMeeting");
    assertEquals("2027-01-05T14:00+09:00", meeting.get("startsAtTokyo"));
    Map<String, Object> moved =
        ok(
            api.graphql(
                officer,
                "mutation($id: ID!) { rescheduleMeeting(id: $id, startsAt:"
                    + " \"2027-01-06T01:30:00Z\", reason: \"先方の都合\") { "
                    + MEETING
                    + " } }",
                Map.of("id", meeting.get("id"))),
            "rescheduleMeeting");
    assertEquals("SCHEDULED", moved.get("state"));
    assertEquals("2027-01-06T10:30+09:00", moved.get("startsAtTokyo"));
    Map<String, Object> cancelled =
        ok(
            api.graphql(
                officer,
                "mutation($id: ID!) { cancelMeeting(id: $id, reason: \"中止\") { " + MEETING + " } }",
                Map.of("id", meeting.get("id"))),
            "cancelMeeting");
    assertEquals("CANCELLED", cancelled.get("state"));
    assertEquals("UNDER_REVIEW", caseState(officer, caseId));
  }

  private String submittedReport() {
    String id =
        api.graphql(
                filer,
                "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) { preReport {"
                    + " id } } }",
                Map.of("in", CaseFixture.form("dialogue")))
            .at("createPreReportDraft.preReport.id");
    ok(
        api.graphql(
            filer,
            "mutation($id: ID!) { submitPreReport(id: $id) { errors { code } } }",
            Map.of("id", id)),
        "submitPreReport");
    return id;
  }

  private GraphQLResponse schedule(String token, String caseId) {
    Map<String, Object> input =
        Map.of(
            "startsAt",
            "2027-01-05T05:00:00Z",
            "place",
            "経済産業省 別館 会議室",
            "participants",
            List.of(
                Map.of("name", "試験 花子", "role", "輸出管理部長"), Map.of("name", "試験 次郎", "role", "技術部長")),
            "agenda",
            List.of(
                Map.of("text", "技術管理措置の説明", "visibility", "COMPANY_VISIBLE"),
                Map.of("text", INTERNAL_AGENDA, "visibility", "INTERNAL")));
    return api.graphql(
        token,
        "mutation($id: ID!, $in: MeetingInput!) { scheduleMeeting(caseId: $id, input: $in) { "
            + MEETING
            + " } }",
        Map.of("id", caseId, "in", input));
  }

  private GraphQLResponse assign(String token, String caseId, String officerId) {
    return api.graphql(
        token,
        "mutation($id: ID!, $o: ID!) { assignCaseOfficer(caseId: $id, officerId: $o) {"
            + " preReport { id caseOfficer } errors { code field } } }",
        Map.of("id", caseId, "o", officerId));
  }

  private GraphQLResponse recordHeld(String token, String meetingId) {
    Map<String, Object> input =
        Map.of(
            "minutes",
            List.of(
                Map.of("text", "会社より管理措置を説明", "visibility", "COMPANY_VISIBLE"),
                Map.of("text", INTERNAL_MINUTE, "visibility", "INTERNAL")),
            "followUps",
            List.of(
                Map.of(
                    "owner",
                    "COMPANY",
                    "description",
                    "契約書案を提出",
                    "dueDate",
                    due(),
                    "visibility",
                    "COMPANY_VISIBLE"),
                Map.of(
                    "owner",
                    "GOVERNMENT",
                    "description",
                    INTERNAL_FOLLOW_UP,
                    "dueDate",
                    due(),
                    "visibility",
                    "INTERNAL")));
    return api.graphql(
        token,
        "mutation($id: ID!, $in: MeetingRecordInput!) { recordMeetingHeld(id: $id, input: $in) { "
            + MEETING
            + " } }",
        Map.of("id", meetingId, "in", input));
  }

  private GraphQLResponse raise(String token, String caseId, String category) {
    return api.graphql(
        token,
        "mutation($id: ID!, $in: ConcernInput!) { raiseConcern(caseId: $id, input: $in) { "
            + CONCERN
            + " } }",
        Map.of(
            "id",
            caseId,
            "in",
            Map.of(
                "category",
                category,
                "severity",
                "HIGH",
                "description",
                "確認が必要な点 " + category,
                "concernInformation",
                CONCERN_INFORMATION)));
  }

  private GraphQLResponse answer(String token, String concernId) {
    return api.graphql(
        token,
        "mutation($id: ID!, $d: Date!) { answerConcern(id: $id, input: {text: \"出荷先を限定します\","
            + " dueDate: $d}) { "
            + CONCERN
            + " } }",
        Map.of("id", concernId, "d", due()));
  }

  private GraphQLResponse judge(String token, String mutation, String concernId) {
    return api.graphql(
        token,
        "mutation($id: ID!) { " + mutation + "(id: $id, reason: \"判断理由\") { " + CONCERN + " } }",
        Map.of("id", concernId));
  }

  private String caseState(String token, String caseId) {
    return api.graphql(
            token, "query($id: ID!) { preReport(id: $id) { state } }", Map.of("id", caseId))
        .at("preReport.state");
  }

  private static String due() {
    return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();
  }

  /** The payload's item; fails unless the mutation was accepted. */
  private static Map<String, Object> ok(GraphQLResponse response, String field) {
    List<?> errors = response.at(field + ".errors");
    assertEquals(List.of(), errors, () -> field + ": " + response.body());
    Map<String, Object> payload = response.at(field);
    return payload.values().stream()
        .filter(v -> v instanceof Map<?, ?>)
        .map(v -> castMap(v))
        .findFirst()
        .orElse(Map.of());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static String firstError(GraphQLResponse response, String field) {
    List<Map<String, Object>> errors = response.at(field + ".errors");
    assertFalse(errors == null || errors.isEmpty(), () -> field + " was not refused");
    return (String) errors.get(0).get("code");
  }
}
